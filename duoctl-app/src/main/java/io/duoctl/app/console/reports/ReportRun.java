package io.duoctl.app.console.reports;

import io.duoctl.core.reports.OrganizationReport;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.reports.output.ReportFormat;
import io.duoctl.core.reports.output.ReportOutput;
import io.duoctl.core.reports.output.ReportWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One finished report run as the console keeps it: what was asked, every organization's part in
 * organization order (skipped ones first, as the runner hands them out), when and by whom.
 * Immutable.
 *
 * @param <R> the row type
 */
record ReportRun<R>(
    ReportKey key,
    ReportDefinition<R> report,
    List<OrganizationReport<R>> organizations,
    Instant at,
    String actor) {

  ReportRun {
    organizations = List.copyOf(organizations);
  }

  /**
   * Writes the run in {@code format} with the writer the CLI and the REST API use, so the bytes are
   * theirs for the same request and the same answers from Duo.
   */
  void writeTo(ReportFormat format, OutputStream out) {
    try (ReportWriter<R> writer = ReportOutput.open(format, report, out)) {
      organizations.forEach(writer::write);
    }
  }

  /** The rows of the organizations that were read, each as its values by column name. */
  List<NamedRow> namedRows() {
    List<NamedRow> named = new ArrayList<>();
    for (OrganizationReport<R> org : organizations) {
      for (R row : org.rows()) {
        Map<String, Object> values = new HashMap<>();
        report.columns().forEach(c -> values.put(c.name(), c.of(row)));
        named.add(new NamedRow(org.organization(), values));
      }
    }
    return named;
  }

  /**
   * One row by column name: a value is a {@link Long}, {@link Double}, {@link Instant}, ... or
   * null.
   */
  record NamedRow(String organization, Map<String, Object> values) {

    long integer(String column) {
      return values.get(column) instanceof Long n ? n : 0;
    }
  }

  /** The organizations that could not be read. */
  List<OrganizationReport<R>> failed() {
    return organizations.stream().filter(o -> !o.ok()).toList();
  }
}
