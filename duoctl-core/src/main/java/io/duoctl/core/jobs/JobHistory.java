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
   * A page of the job's rows in organization order by position: {@code offset} rows skipped, at
   * most {@code limit}, with how many rows are stored in all. Only the page's data is read. None
   * for an unknown job.
   */
  RowPage rowPage(String jobId, int offset, int limit);

  /**
   * Rows of a job by position.
   *
   * @param rows the page's rows, with their data
   * @param total how many rows of the job are stored
   */
  record RowPage(List<JobRow> rows, int total) {
    public RowPage {
      rows = List.copyOf(rows);
    }
  }

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
