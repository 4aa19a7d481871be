package io.duoctl.core.jobs;

import java.time.Instant;

/** A stored job: what ran, for whom, and how far it got. {@code input} is redacted JSON. */
public record JobSummary(
    String id,
    String actionId,
    String actor,
    boolean dryRun,
    String selection,
    String input,
    JobProgress progress,
    Instant createdAt,
    Instant finishedAt) {}
