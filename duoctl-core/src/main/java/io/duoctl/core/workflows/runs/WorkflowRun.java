package io.duoctl.core.workflows.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a workflow as stored. Holds no secret: inputs and outputs are redacted.
 *
 * @param version the workflow's version the run follows
 * @param configuration the configuration it runs in; empty for the default
 * @param inputs the inputs it started with, secrets redacted
 * @param outputs the workflow's outputs once it succeeded, shown-once ones redacted; null before
 * @param error why it failed, or null
 * @param changed how many action steps changed something in Duo (planned, in a dry run)
 * @param unchanged how many changing steps found everything already as asked
 * @param failed how many steps failed, including those whose policy let the run go on
 * @param finishedAt null while it runs
 */
public record WorkflowRun(
    String id,
    String workflow,
    int version,
    RunTrigger trigger,
    String actor,
    boolean dryRun,
    RunState state,
    Optional<String> configuration,
    JsonNode inputs,
    JsonNode outputs,
    String error,
    int changed,
    int unchanged,
    int failed,
    Instant createdAt,
    Instant finishedAt) {

  public WorkflowRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * One sentence on how it went, fit for a ticket: e.g. "nothing to do: everything was already as
   * asked".
   */
  public String summary() {
    if (state == RunState.RUNNING) {
      return "running";
    }
    if (state == RunState.FAILED) {
      return "failed: " + error;
    }
    String failures = failed == 0 ? "" : "; " + failed + " step" + plural(failed) + " failed";
    if (dryRun) {
      return changed == 0
          ? "dry run: nothing to do" + failures
          : "dry run: " + changed + " change" + plural(changed) + " planned" + failures;
    }
    if (changed == 0) {
      return (unchanged == 0
              ? "nothing to do"
              : "nothing to do: everything was already as asked (" + unchanged + " checked)")
          + failures;
    }
    return changed
        + " change"
        + plural(changed)
        + " made"
        + (unchanged == 0 ? "" : ", " + unchanged + " already as asked")
        + failures;
  }

  private static String plural(int count) {
    return count == 1 ? "" : "s";
  }

  WorkflowRun finished(
      RunState newState,
      JsonNode newOutputs,
      String why,
      int changes,
      int alreadySo,
      int failures,
      Instant at) {
    return new WorkflowRun(
        id,
        workflow,
        version,
        trigger,
        actor,
        dryRun,
        newState,
        configuration,
        inputs,
        newOutputs,
        why,
        changes,
        alreadySo,
        failures,
        createdAt,
        at);
  }
}
