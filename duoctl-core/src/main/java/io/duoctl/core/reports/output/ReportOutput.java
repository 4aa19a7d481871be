package io.duoctl.core.reports.output;

import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.reports.ReportRequest;
import io.duoctl.core.reports.ReportRunner;
import java.io.OutputStream;

/** Where a report run is written: the one choice of writer by format. Stateless. */
public final class ReportOutput {

  private ReportOutput() {}

  /**
   * A writer of {@code report} in {@code format} to {@code out}; text formats start writing at once
   * and flush per organization, XLSX writes the workbook when closed.
   */
  public static <R> ReportWriter<R> open(
      ReportFormat format, ReportDefinition<R> report, OutputStream out) {
    return switch (format) {
      case TABLE -> new TableReportWriter<>(report, out);
      case CSV -> new CsvReportWriter<>(report, out);
      case JSON -> new JsonReportWriter<>(report, false, out);
      case JSONL -> new JsonReportWriter<>(report, true, out);
      case XLSX -> new XlsxReportWriter<>(report, out);
    };
  }

  /**
   * Runs a prepared report and writes it to {@code out} in {@code format} as organizations finish:
   * what the CLI and the REST API both do, so they give the same bytes.
   */
  public static <R> void run(
      ReportRunner runner,
      ReportRequest<R> request,
      String actor,
      ReportFormat format,
      OutputStream out) {
    try (ReportWriter<R> writer = open(format, request.report(), out)) {
      runner.run(request, actor, writer::write);
    }
  }
}
