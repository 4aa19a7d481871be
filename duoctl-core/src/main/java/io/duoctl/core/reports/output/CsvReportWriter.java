package io.duoctl.core.reports.output;

import io.duoctl.core.reports.OrganizationReport;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.results.ResultCsv;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * A report as CSV through duoctl's one CSV writer ({@link ResultCsv}), flushed per organization.
 */
final class CsvReportWriter<R> implements ReportWriter<R> {

  private final ReportDefinition<R> report;
  private final ResultCsv.Lines lines;

  CsvReportWriter(ReportDefinition<R> report, OutputStream out) {
    this.report = report;
    this.lines =
        ResultCsv.Lines.open(
            new OutputStreamWriter(out, StandardCharsets.UTF_8), ReportCells.header(report));
  }

  @Override
  public void write(OrganizationReport<R> organization) {
    ReportCells.lines(report, organization).forEach(lines::line);
    lines.flush();
  }

  @Override
  public void close() {
    lines.close();
  }
}
