package io.duoctl.app.console.jobs;

import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.vocabulary.WireNames;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of a job's rows and what comes after it: while the job runs, a row that polls for the rows
 * finished since ({@code rows?after=last}); once it ended, a button that loads the next page. Rows
 * already shown are never sent again.
 *
 * @param last the index of the last row shown (-1 when none): where the next page starts
 */
public record JobRowsView(String jobId, List<Row> rows, int last, Next next) {

  /** What follows the page's rows. */
  public enum Next {
    /** The job runs: ask every second for the rows finished since. */
    POLL,
    /** The job ended with more rows than shown: a button loads the next page. */
    MORE,
    /** Every row is shown. */
    NONE
  }

  /** One organization's outcome. */
  public record Row(
      int index,
      String organization,
      boolean ok,
      String errorCode,
      String message,
      Integer duoCode,
      String messageDetail,
      long millis) {}

  /**
   * The page of {@code read} (rows after {@code after}, at most {@code pageSize + 1} to tell
   * whether more follow). While the job runs, the page stops at the first organization still
   * running, so the rows shown stay a contiguous run and the next poll picks up exactly where this
   * one stopped.
   */
  static JobRowsView of(String jobId, int after, List<JobRow> read, int pageSize, boolean running) {
    List<Row> rows = new ArrayList<>();
    int last = after;
    for (JobRow row : read) {
      if (rows.size() == pageSize || (running && row.index() != last + 1)) {
        break;
      }
      rows.add(row(row));
      last = row.index();
    }
    Next next = running ? Next.POLL : read.size() > rows.size() ? Next.MORE : Next.NONE;
    return new JobRowsView(jobId, List.copyOf(rows), last, next);
  }

  /** No rows, for views that show none. */
  static JobRowsView none(String jobId) {
    return new JobRowsView(jobId, List.of(), -1, Next.NONE);
  }

  private static Row row(JobRow r) {
    return new Row(
        r.index(),
        r.organization(),
        r.ok(),
        r.errorCode() == null ? null : WireNames.of(r.errorCode()),
        r.message(),
        r.duoCode(),
        r.messageDetail(),
        r.duration().toMillis());
  }

  /** The address of the rows after this page. */
  public String nextUrl() {
    return JobsController.PATH + "/" + jobId + "/rows?after=" + last;
  }
}
