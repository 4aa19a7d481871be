package io.duoctl.core.reports.output;

import io.duoctl.core.reports.OrganizationReport;
import io.duoctl.core.reports.ReportDefinition;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as an aligned text table for people: the organization, the report's columns, and an
 * error column when an organization failed. Column widths need every line, so the lines are held
 * until {@link #close()}; use CSV or JSONL for large runs.
 */
final class TableReportWriter<R> implements ReportWriter<R> {

  private static final int LEADING = 7;
  private static final int MESSAGE = 4;

  private final ReportDefinition<R> report;
  private final OutputStream out;
  private final List<List<String>> lines = new ArrayList<>();
  private boolean failures;

  TableReportWriter(ReportDefinition<R> report, OutputStream out) {
    this.report = report;
    this.out = out;
  }

  @Override
  public void write(OrganizationReport<R> organization) {
    failures |= !organization.ok();
    lines.addAll(ReportCells.lines(report, organization));
  }

  @Override
  public void close() {
    List<List<String>> table = new ArrayList<>();
    table.add(shown(ReportCells.header(report)));
    lines.forEach(line -> table.add(shown(line)));
    int[] widths = new int[table.get(0).size()];
    for (List<String> line : table) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (List<String> line : table) {
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = line.get(i);
        row.append(cell);
        if (i < widths.length - 1) {
          row.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      text.print(row.toString().stripTrailing() + "\n");
    }
    text.flush();
  }

  /** The organization, the report's cells, and the error message when any organization failed. */
  private List<String> shown(List<String> cells) {
    List<String> shown = new ArrayList<>();
    shown.add(cells.get(0));
    shown.addAll(cells.subList(LEADING, cells.size()));
    if (failures) {
      shown.add(cells.get(MESSAGE));
    }
    return shown;
  }
}
