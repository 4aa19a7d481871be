package io.duoctl.app.console.reports;

import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.OrganizationReport;
import io.duoctl.core.results.OrganizationOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of a kept report run as the report page shows it: the report's typed columns, the rows the
 * filters keep ({@value ReportFilter#PAGE} a page), and the organizations that could not be read,
 * each with its error.
 *
 * @param headers the report's columns, after the organization
 * @param lines this page's rows
 * @param failures the organizations (the organization filter applied) that were not read
 * @param matching how many rows the filters keep in all
 * @param rows how many rows the run has in all
 * @param organizations every organization of the run, for the organization filter
 */
public record ReportTable(
    List<Header> headers,
    List<Line> lines,
    List<Failure> failures,
    int matching,
    int rows,
    int offset,
    List<String> organizations) {

  /** A column's name, type and whether it is numeric. */
  public record Header(String name, String type, String description, boolean numeric) {
    public String cssClass() {
      return numeric ? "num" : "";
    }
  }

  /** One row, after its organization. */
  public record Line(String organization, List<ReportCell> cells) {}

  /** An organization that was not read, with the error code and message. */
  public record Failure(String organization, String code, String message) {}

  static <R> ReportTable of(ReportRun<R> run, ReportFilter filter) {
    List<Column<R>> columns = run.report().columns();
    List<Header> headers =
        columns.stream()
            .map(
                c ->
                    new Header(
                        c.name(),
                        c.typeName(),
                        c.description(),
                        ReportCell.of(c.type(), null).numeric()))
            .toList();
    List<Line> lines = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    List<String> organizations = new ArrayList<>();
    int matching = 0;
    int rows = 0;
    for (OrganizationReport<R> org : run.organizations()) {
      organizations.add(org.organization());
      rows += org.rows().size();
      if (!filter.organization(org.organization())) {
        continue;
      }
      if (!org.ok()) {
        failures.add(
            new Failure(
                org.organization(),
                OrganizationOutcome.code(org.error().code()),
                org.error().message()));
        continue;
      }
      for (R row : org.rows()) {
        List<ReportCell> cells =
            columns.stream().map(c -> ReportCell.of(c.type(), c.of(row))).toList();
        if (!filter.matches(org.organization(), cells)) {
          continue;
        }
        if (matching >= filter.offset() && matching < filter.offset() + ReportFilter.PAGE) {
          lines.add(new Line(org.organization(), cells));
        }
        matching++;
      }
    }
    return new ReportTable(
        headers,
        lines,
        failures,
        matching,
        rows,
        filter.offset(),
        organizations.stream().sorted().toList());
  }

  /** Whether rows come after this page. */
  public boolean hasNext() {
    return offset + ReportFilter.PAGE < matching;
  }

  public boolean hasPrevious() {
    return offset > 0;
  }

  public int nextOffset() {
    return offset + ReportFilter.PAGE;
  }

  public int previousOffset() {
    return Math.max(0, offset - ReportFilter.PAGE);
  }

  /** The number of the first row shown (1-based), 0 when none is. */
  public int first() {
    return lines.isEmpty() ? 0 : offset + 1;
  }

  public int last() {
    return offset + lines.size();
  }
}
