package io.duoctl.core.workflows.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of one step of a run, as stored: an action call, a repeated step's whole loop, a call
 * of another workflow, or a skipped step. Holds no secret.
 *
 * @param key where it is in the run, unique in it: the step ids from the top, each repeated one
 *     with its iteration, e.g. {@code offboard[3]/phones[0]}
 * @param seq the order it started in
 * @param target the action id or workflow name it calls
 * @param organizationId the organization it ran in, or null
 * @param organizationName that organization's name, or null
 * @param outcome what an action step did to Duo, or null for other steps and failures
 * @param attempts how many times it was tried (retries, resumes)
 * @param input the inputs it ran with, secrets redacted; null when not evaluated
 * @param items the values a repeated step runs over, fixed when it starts; null otherwise
 * @param output its output, secrets redacted; null until it succeeds
 * @param errorCode why it failed ({@code io.duoctl.core.actions.ErrorCode} name), or null
 * @param errorMessage for people, or null
 * @param finishedAt null while started
 */
public record StepRun(
    String runId,
    String key,
    int seq,
    String stepId,
    String name,
    String target,
    String organizationId,
    String organizationName,
    StepState state,
    StepOutcome outcome,
    int attempts,
    JsonNode input,
    JsonNode items,
    JsonNode output,
    String errorCode,
    String errorMessage,
    Instant startedAt,
    Instant finishedAt) {

  public StepRun {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
  }

  /** How long it took, or empty while it runs. */
  public Optional<Duration> duration() {
    return Optional.ofNullable(finishedAt).map(end -> Duration.between(startedAt, end));
  }

  /** The key of the step it is part of ({@code offboard[3]} for {@code offboard[3]/phones[0]}). */
  public Optional<String> parentKey() {
    int slash = key.lastIndexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(key.substring(0, slash));
  }

  StepRun finish(
      StepState newState, StepOutcome how, JsonNode out, String code, String message, Instant at) {
    return new StepRun(
        runId,
        key,
        seq,
        stepId,
        name,
        target,
        organizationId,
        organizationName,
        newState,
        how,
        attempts,
        input,
        items,
        out,
        code,
        message,
        startedAt,
        at);
  }

  StepRun inOrganization(String id, String displayName) {
    return new StepRun(
        runId,
        key,
        seq,
        stepId,
        name,
        target,
        id,
        displayName,
        state,
        outcome,
        attempts,
        input,
        items,
        output,
        errorCode,
        errorMessage,
        startedAt,
        finishedAt);
  }
}
