package io.duoctl.app.console.baseline;

import io.duoctl.app.console.reports.ReportScope;
import io.duoctl.core.baseline.DriftRow;
import io.duoctl.core.baseline.DriftSummary;
import java.util.List;

/**
 * One drift check as the console keeps it: its scope, rows (differences and organizations not
 * read), what it found and when.
 *
 * @param at when it ran, as the console shows times
 */
public record DriftRun(
    ReportScope scope, List<Line> lines, DriftSummary summary, String at, String actor) {

  public DriftRun {
    lines = List.copyOf(lines);
  }

  /** One row: a setting that differs, or an organization that was not read ({@code problem}). */
  public record Line(
      String organization, String setting, String baseline, String actual, String problem) {

    static Line of(DriftRow row) {
      return new Line(
          row.organization(),
          row.setting(),
          row.baseline() == null ? "" : row.baseline().toString(),
          row.actual() == null ? "" : row.actual().toString(),
          row.problem());
    }

    /** Whether the organization was not read (never counted as on the baseline). */
    public boolean notRead() {
      return problem != null;
    }
  }
}
