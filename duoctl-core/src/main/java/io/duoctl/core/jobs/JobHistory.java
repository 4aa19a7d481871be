package io.duoctl.core.jobs;

import java.util.List;
import java.util.Optional;

/**
 * Stored fan-out jobs and their rows, read-only: what front ends show. Secrets in rows were already
 * redacted when they were stored. Cancelling and start-up clean-up stay with {@link FanOut} and
 * {@link JobStore}.
 */
public interface JobHistory {

  /** The job with this id, if stored. */
  Optional<JobSummary> find(String jobId);

  /** The most recent jobs first, skipping {@code offset}, at most {@code limit}. */
  List<JobSummary> recent(int offset, int limit);

  /** The job's rows in organization order; empty for an unknown job. */
  List<JobRow> rows(String jobId);

  /**
   * A page of the job's rows in organization order: those after organization {@code afterIndex} (-1
   * for the first page), at most {@code limit}; empty for an unknown job.
   */
  List<JobRow> rows(String jobId, int afterIndex, int limit);
}
