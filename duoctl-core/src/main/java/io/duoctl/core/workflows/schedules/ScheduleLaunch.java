package io.duoctl.core.workflows.schedules;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One due time of a schedule that a node took up, at most one per schedule and due time.
 *
 * @param dueAt the time the schedule named
 * @param outcome what became of it
 * @param node the process that took it up
 * @param startedAt when it was taken up
 * @param finishedAt when its outcome was recorded; empty while {@link LaunchOutcome#LAUNCHING}
 * @param runId the started run, when {@link LaunchOutcome#LAUNCHED}
 * @param error why it failed, was missed or interrupted
 */
public record ScheduleLaunch(
    Instant dueAt,
    LaunchOutcome outcome,
    String node,
    Instant startedAt,
    Optional<Instant> finishedAt,
    Optional<String> runId,
    Optional<String> error) {
  public ScheduleLaunch {
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(error, "error");
  }
}
