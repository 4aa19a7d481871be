package io.duoctl.core.actions;

import java.util.Objects;
import java.util.Optional;

/**
 * How to run an action.
 *
 * @param actor who runs it (user name, API token name, {@code cli:alice}); recorded in the audit
 * @param dryRun when true, mutating actions send no changing request and return the plan
 * @param jobId the fan-out job this run belongs to, if any
 */
public record RunOptions(String actor, boolean dryRun, Optional<String> jobId) {

  public RunOptions {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("actor must name who runs the action");
    }
    Objects.requireNonNull(jobId, "jobId");
  }

  public static RunOptions as(String actor) {
    return new RunOptions(actor, false, Optional.empty());
  }

  public RunOptions withDryRun(boolean value) {
    return new RunOptions(actor, value, jobId);
  }

  public RunOptions inJob(String id) {
    return new RunOptions(actor, dryRun, Optional.of(id));
  }
}
