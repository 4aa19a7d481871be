package io.duoctl.core.jobs;

import java.time.Instant;
import java.util.List;

/**
 * A stored job: what ran, for whom, and how far it got. {@code input} is redacted JSON.
 *
 * @param skipped the selected organizations that did not run, and why (they have no rows)
 */
public record JobSummary(
    String id,
    String actionId,
    String actor,
    boolean dryRun,
    String selection,
    String input,
    JobProgress progress,
    Instant createdAt,
    Instant finishedAt,
    List<SkippedOrganization> skipped) {

  public JobSummary {
    skipped = List.copyOf(skipped);
  }

  /** A job that skipped no organization. */
  public JobSummary(
      String id,
      String actionId,
      String actor,
      boolean dryRun,
      String selection,
      String input,
      JobProgress progress,
      Instant createdAt,
      Instant finishedAt) {
    this(id, actionId, actor, dryRun, selection, input, progress, createdAt, finishedAt, List.of());
  }
}
