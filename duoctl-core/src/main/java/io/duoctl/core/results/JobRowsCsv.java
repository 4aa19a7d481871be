package io.duoctl.core.results;

import io.duoctl.core.jobs.JobHistory;
import io.duoctl.core.jobs.StoredRow;
import java.io.Writer;
import java.time.Duration;

/**
 * A job's stored rows as CSV ({@link ResultCsv}) written as they are read, one row in memory at a
 * time, however many rows and items. Stateless.
 */
public final class JobRowsCsv {

  private JobRowsCsv() {}

  /**
   * Writes the job's stored rows to {@code out}: the same bytes as {@link ResultCsv#ofJobRows} of
   * all of them. The rows are read twice, for the columns and then for the lines.
   */
  public static void write(JobHistory history, String jobId, Writer out) {
    ResultCsv.Columns columns = new ResultCsv.Columns();
    history.forEachRow(jobId, -1, row -> columns.add(outcome(row)));
    try (ResultCsv.Lines lines = ResultCsv.Lines.open(out, columns.list())) {
      history.forEachRow(jobId, -1, row -> lines.write(outcome(row)));
    }
  }

  /**
   * Writes the job's rows to {@code out} as they are stored, flushing after each, until the job has
   * ended ({@link JobHistory#followRows}). Lines come in the order rows were stored. The columns
   * are those of the first row stored (all of {@link ResultItems#LEADING_COLUMNS} and its items'
   * fields): a field first met in a later row is left out, so the CSV of a finished job ({@link
   * #write}) is the complete one.
   *
   * @return false for an unknown job (nothing written)
   */
  public static boolean follow(JobHistory history, String jobId, Duration poll, Writer out)
      throws InterruptedException {
    ResultCsv.Lines[] lines = new ResultCsv.Lines[1];
    boolean known =
        history.followRows(
            jobId,
            poll,
            row -> {
              OrganizationOutcome outcome = outcome(row);
              if (lines[0] == null) {
                ResultCsv.Columns columns = new ResultCsv.Columns();
                columns.add(outcome);
                lines[0] = ResultCsv.Lines.open(out, columns.list());
              }
              lines[0].write(outcome);
              lines[0].flush();
            });
    if (!known) {
      return false;
    }
    if (lines[0] == null) {
      lines[0] = ResultCsv.Lines.open(out, ResultItems.LEADING_COLUMNS);
    }
    lines[0].close();
    return true;
  }

  private static OrganizationOutcome outcome(StoredRow row) {
    return OrganizationOutcome.of(row.whole());
  }
}
