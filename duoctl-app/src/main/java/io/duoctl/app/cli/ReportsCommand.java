package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.reports.ReportRequest;
import io.duoctl.core.reports.ReportRunner;
import io.duoctl.core.reports.output.ReportFormat;
import io.duoctl.core.reports.output.ReportOutput;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl reports list|describe|run}: the report catalog and report runs. */
@Command(
    name = "reports",
    description =
        "Reports across organizations: MFA coverage, bypass, inactive users, billing and more;"
            + " daily snapshots of the figures.",
    subcommands = {
      ReportsCommand.ListReports.class,
      ReportsCommand.Describe.class,
      ReportsCommand.Run.class,
      ReportsSnapshotCommand.class
    })
final class ReportsCommand {
  private ReportsCommand() {}

  @Command(name = "list", description = "Lists the reports.")
  static final class ListReports extends AppCommand {
    @Override
    int run(Duoctl app) {
      Table table = new Table("name", "title", "inputs", "description");
      for (ReportDefinition<?> report : app.reports().list()) {
        table.row(
            report.name(),
            report.title(),
            String.join(",", report.input().fields().keySet()),
            report.description());
      }
      print(table);
      return ErrorHandler.OK;
    }
  }

  @Command(name = "describe", description = "Shows a report: its inputs and columns.")
  static final class Describe extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The report, e.g. mfa_coverage.")
    String name;

    @Override
    int run(Duoctl app) {
      ReportDefinition<?> report = app.reports().require(name);
      say(report.title() + ": " + report.description());
      Table table = new Table("kind", "name", "type", "description");
      report
          .input()
          .fields()
          .forEach(
              (field, rule) ->
                  table.row(
                      "input",
                      field,
                      rule.kind().name().toLowerCase(java.util.Locale.ROOT),
                      report
                          .input()
                          .json()
                          .path("properties")
                          .path(field)
                          .path("description")
                          .asText()));
      for (Column<?> column : report.columns()) {
        table.row("column", column.name(), column.typeName(), column.description());
      }
      print(table);
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "run",
      description =
          "Runs a report over organizations and writes its rows as they come (exit 1 when an"
              + " organization could not be read; its line says why).")
  static final class Run extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The report, e.g. mfa_coverage.")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    OrganizationTarget target;

    @Option(
        names = "--set",
        paramLabel = "KEY=VALUE",
        description = "An input field (see `duoctl reports describe`); repeatable.")
    Map<String, String> sets = Map.of();

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Write to FILE instead of stdout (needed for -o xlsx on a terminal).")
    Path file;

    @Override
    boolean acceptsXlsx() {
      return true;
    }

    @Override
    int run(Duoctl app) {
      ReportFormat format =
          ReportFormat.valueOf(options.output.name().toUpperCase(java.util.Locale.ROOT));
      if (format == ReportFormat.XLSX && file == null && terminal().interactive()) {
        throw new UsageException("-o xlsx writes a workbook: give --out FILE or redirect stdout");
      }
      OrganizationTarget chosen = target == null ? OrganizationTarget.everyOrganization() : target;
      ReportRunner runner = app.reportRunner(configuration());
      ReportDefinition<?> report = app.reports().require(name);
      ReportRequest<?> request =
          runner.prepare(
              name, new ActionFields().set(sets).json(), chosen.selection(), report.scope());
      boolean[] failed = {false};
      try (OutputStream out = open(format)) {
        write(runner, request, app.actor(), format, out, failed);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + (file == null ? "stdout" : file), e);
      }
      return failed[0] ? ErrorHandler.FAILED : ErrorHandler.OK;
    }

    private static <R> void write(
        ReportRunner runner,
        ReportRequest<R> request,
        String actor,
        ReportFormat format,
        OutputStream out,
        boolean[] failed) {
      try (var writer = ReportOutput.open(format, request.report(), out)) {
        runner.run(
            request,
            actor,
            organization -> {
              failed[0] |= !organization.ok();
              writer.write(organization);
            });
      }
    }

    private OutputStream open(ReportFormat format) throws IOException {
      if (file != null) {
        return new BufferedOutputStream(new FileOutputStream(file.toFile()));
      }
      return format.text() ? new WriterOutputStream(out()) : new KeptOpen(System.out);
    }
  }
}
