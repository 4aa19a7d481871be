package io.duoctl.core.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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

  /**
   * Hands the job's stored rows after organization {@code afterIndex} (-1 for all) to {@code each}
   * in organization order, reading a few at a time: however many rows and however large their data,
   * only a few are in memory at once. Nothing for an unknown job.
   */
  void forEachRow(String jobId, int afterIndex, Consumer<StoredRow> each);

  /**
   * Follows the job's rows until no more will come: hands the rows stored so far to {@code each},
   * then each new one as it is stored (looking every {@code poll}), whatever node runs the job, and
   * returns when the job has ended and its last row was handed. Rows come in the order they were
   * stored, each once.
   *
   * @return false for an unknown job (nothing handed)
   * @throws InterruptedException when the thread is interrupted while it waits for rows
   */
  boolean followRows(String jobId, Duration poll, Consumer<StoredRow> each)
      throws InterruptedException;
}
