package io.duoctl.core.reports.output;

import io.duoctl.core.actions.ActionError;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ColumnType;
import io.duoctl.core.reports.OrganizationReport;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.results.OrganizationOutcome;
import io.duoctl.core.results.ResultItems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's lines as text cells, the same for CSV and the table: the leading columns of every
 * result ({@link ResultItems#LEADING_COLUMNS}), then the report's columns. Stateless.
 */
final class ReportCells {

  private ReportCells() {}

  static List<String> header(ReportDefinition<?> report) {
    List<String> header = new ArrayList<>(ResultItems.LEADING_COLUMNS);
    report.columns().forEach(column -> header.add(column.name()));
    return header;
  }

  /** One list of cells per line of the organization: one per row, or one with its error. */
  static <R> List<List<String>> lines(ReportDefinition<R> report, OrganizationReport<R> org) {
    if (!org.ok()) {
      List<String> cells = leading(org);
      report.columns().forEach(column -> cells.add(""));
      return List.of(cells);
    }
    List<List<String>> lines = new ArrayList<>(org.rows().size());
    for (R row : org.rows()) {
      List<String> cells = leading(org);
      for (Column<R> column : report.columns()) {
        cells.add(text(column.type(), column.of(row)));
      }
      lines.add(cells);
    }
    return lines;
  }

  private static List<String> leading(OrganizationReport<?> org) {
    ActionError error = org.error();
    List<String> cells = new ArrayList<>();
    cells.add(org.organization());
    cells.add(org.organizationId());
    cells.add(Boolean.toString(org.ok()));
    cells.add(error == null ? "" : OrganizationOutcome.code(error.code()));
    cells.add(error == null ? "" : error.message());
    cells.add(error == null || error.duoCode() == null ? "" : error.duoCode().toString());
    cells.add(error == null || error.messageDetail() == null ? "" : error.messageDetail());
    return cells;
  }

  /** A value as text: numbers as digits, a percent with at most one decimal, instants in UTC. */
  static String text(ColumnType type, Object value) {
    if (value == null) {
      return "";
    }
    return switch (type) {
      case PERCENT -> decimal((Double) value);
      case INSTANT -> ((Instant) value).toString();
      default -> value.toString();
    };
  }

  /** A decimal as its shortest digits: {@code 83.3}, {@code 100}, {@code 0}. */
  static String decimal(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
