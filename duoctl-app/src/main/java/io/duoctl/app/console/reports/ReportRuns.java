package io.duoctl.app.console.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.InputValidator;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.reports.OrganizationReport;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.reports.ReportRequest;
import io.duoctl.core.reports.ReportRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs reports for the console through core's {@link ReportRunner} (which checks the report, the
 * operator's scope, the input and the organizations) and keeps each run in {@link LastReports}.
 * Thread-safe.
 */
final class ReportRuns {

  private final Duoctl app;
  private final LastReports last;
  private final InputValidator validator;

  ReportRuns(Duoctl app, LastReports last) {
    this.app = app;
    this.last = last;
    this.validator = new InputValidator(app.clock());
  }

  /**
   * The question {@code input} asks of {@code report}, without reading anything.
   *
   * @throws io.duoctl.core.actions.InvalidActionInputException listing every bad field
   */
  ReportKey key(
      String configuration,
      ReportDefinition<?> report,
      JsonNode input,
      OrganizationSelection selection) {
    String valid = validator.validate(report.inputs(), input).json().toString();
    return new ReportKey(configuration, report.name(), selection, valid);
  }

  /** The last run of this question, if the console has one. */
  Optional<ReportRun<?>> last(ReportKey key) {
    return last.find(key);
  }

  /**
   * Runs a report now for an operator with {@code scope}, keeps and returns the run.
   *
   * @throws io.duoctl.core.reports.UnknownReportException for an unknown report
   * @throws io.duoctl.core.actions.ActionNotAllowedException when {@code scope} may not run it
   * @throws io.duoctl.core.actions.InvalidActionInputException listing every bad field
   * @throws io.duoctl.core.jobs.NoOrganizationTaggedException for a tag nobody has
   */
  ReportRun<?> run(
      String configuration,
      String name,
      JsonNode input,
      OrganizationSelection selection,
      ApiScope scope,
      String actor) {
    ReportRunner runner = app.reportRunner(configuration);
    ReportRun<?> run =
        collect(configuration, runner, runner.prepare(name, input, selection, scope), actor);
    last.put(run);
    return run;
  }

  private <R> ReportRun<R> collect(
      String configuration, ReportRunner runner, ReportRequest<R> request, String actor) {
    Instant at = app.clock().instant();
    List<OrganizationReport<R>> organizations = new ArrayList<>();
    runner.run(request, actor, organizations::add);
    ReportKey key =
        new ReportKey(
            configuration,
            request.report().name(),
            request.selection(),
            request.input().json().toString());
    return new ReportRun<>(key, request.report(), organizations, at, actor);
  }
}
