package io.duoctl.app.console.reports;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.Pages;
import io.duoctl.app.console.UtcTimes;
import io.duoctl.app.console.actions.FormState;
import io.duoctl.app.console.actions.InputForm;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionNotAllowedException;
import io.duoctl.core.actions.InvalidActionInputException;
import io.duoctl.core.jobs.NoOrganizationTaggedException;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.reports.output.ReportFormat;
import io.duoctl.core.vocabulary.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report pages: the catalog at {@value #PATH}, a page per report (its inputs as a generated
 * form, the scope, the kept run's rows with filters and drill-down), running it (a form post: core
 * checks the operator's scope and the input) and downloads of the kept run in the formats of the
 * REST API, written by the same writers.
 */
public final class ReportsController {

  /** Where the report pages live. */
  public static final String PATH = "/console/reports";

  private static final Set<ReportFormat> DOWNLOADS =
      Set.of(ReportFormat.CSV, ReportFormat.JSON, ReportFormat.XLSX);

  private final Duoctl app;
  private final Pages pages;
  private final ReportRuns runs;

  public ReportsController(Duoctl app, Pages pages, LastReports last) {
    this.app = app;
    this.pages = pages;
    this.runs = new ReportRuns(app, last);
  }

  public List<ConsoleRoute> routes() {
    return List.of(
        ConsoleRoute.get(PATH, ApiScope.READ, this::list),
        ConsoleRoute.get(PATH + "/{name}", ApiScope.READ, this::show),
        // every operator may ask; core decides by the report's scope
        ConsoleRoute.post(PATH + "/{name}/run", ApiScope.READ, this::run),
        ConsoleRoute.get(PATH + "/{name}/download", ApiScope.READ, this::download));
  }

  private void list(Context ctx) {
    List<ReportPage.Entry> reports =
        app.reports().list().stream().map(ReportsController::entry).toList();
    pages.render(
        ctx,
        "reports/reports.jte",
        Map.of("frame", pages.frame(ctx, "Reports", "reports"), "reports", reports));
  }

  private void show(Context ctx) {
    ReportDefinition<?> report = app.reports().require(ctx.pathParam("name"));
    Map<String, List<String>> params = ctx.queryParamMap();
    ConfigurationChoice configurations = ConfigurationChoice.of(app, ctx);
    InputForm form = InputForm.of(report.input());
    boolean asked = params.containsKey("target");
    FormState state = asked ? form.read(params) : form.blank();
    ReportScope scope = ReportScope.of(params);
    Optional<ReportRun<?>> kept = Optional.empty();
    String error = null;
    if (state.valid() && configurations.configured()) {
      try {
        OrganizationSelection selection = scope.selection();
        kept = runs.last(runs.key(configurations.selected(), report, state.input(), selection));
      } catch (InvalidActionInputException e) {
        state = state.withErrors(form, e.errors());
      } catch (IllegalArgumentException e) {
        error = asked ? e.getMessage() : null;
      }
    }
    render(ctx, configurations, report, form, state, scope, error, kept, ReportFilter.of(params));
  }

  private void run(Context ctx) {
    ReportDefinition<?> report = app.reports().require(ctx.pathParam("name"));
    Map<String, List<String>> params = ctx.formParamMap();
    ConfigurationChoice configurations = ConfigurationChoice.of(app, ctx);
    InputForm form = InputForm.of(report.input());
    FormState state = form.read(params);
    ReportScope scope = ReportScope.of(params);
    String error = null;
    if (!configurations.configured()) {
      error = "No Duo configuration is saved yet.";
    } else if (state.valid()) {
      try {
        runs.run(
            configurations.selected(),
            report.name(),
            state.input(),
            scope.selection(),
            Pages.session(ctx).role(),
            Pages.actor(ctx));
        ReportPage page =
            page(ctx, configurations, report, form, state, scope, null, Optional.empty(), null);
        ctx.redirect(page.path() + "?" + page.run(), HttpStatus.SEE_OTHER);
        return;
      } catch (InvalidActionInputException e) {
        state = state.withErrors(form, e.errors());
      } catch (ActionNotAllowedException e) {
        ctx.status(HttpStatus.FORBIDDEN);
        error = e.getMessage();
      } catch (NoOrganizationTaggedException | IllegalArgumentException e) {
        error = e.getMessage();
      }
    }
    if (ctx.status() != HttpStatus.FORBIDDEN) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    }
    render(ctx, configurations, report, form, state, scope, error, Optional.empty(), null);
  }

  /**
   * The kept run of the question the query asks, in the format asked for; without a kept run, the
   * report is run now, as the REST API would.
   */
  private void download(Context ctx) {
    ReportDefinition<?> report = app.reports().require(ctx.pathParam("name"));
    ReportFormat format;
    try {
      format =
          ReportFormat.parse(Optional.ofNullable(ctx.queryParam("format")).orElse("csv"), "format");
    } catch (InvalidValueException e) {
      format = null;
    }
    if (format == null || !DOWNLOADS.contains(format)) {
      ctx.status(HttpStatus.BAD_REQUEST).result("format must be csv, json or xlsx");
      return;
    }
    Map<String, List<String>> params = ctx.queryParamMap();
    ConfigurationChoice configurations = ConfigurationChoice.of(app, ctx);
    FormState state = InputForm.of(report.input()).read(params);
    ReportRun<?> run;
    try {
      OrganizationSelection selection = ReportScope.of(params).selection();
      ReportKey key = runs.key(configurations.selected(), report, state.input(), selection);
      run =
          runs.last(key)
              .orElseGet(
                  () ->
                      runs.run(
                          configurations.selected(),
                          report.name(),
                          state.input(),
                          selection,
                          Pages.session(ctx).role(),
                          Pages.actor(ctx)));
    } catch (InvalidActionInputException | IllegalArgumentException e) {
      ctx.status(HttpStatus.BAD_REQUEST).result(e.getMessage());
      return;
    } catch (ActionNotAllowedException e) {
      ctx.status(HttpStatus.FORBIDDEN).result(e.getMessage());
      return;
    }
    ctx.contentType(format.contentType());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + report.name()
            + "."
            + format.name().toLowerCase(Locale.ROOT)
            + "\"");
    run.writeTo(format, ctx.outputStream());
  }

  private void render(
      Context ctx,
      ConfigurationChoice configurations,
      ReportDefinition<?> report,
      InputForm form,
      FormState state,
      ReportScope scope,
      String error,
      Optional<ReportRun<?>> kept,
      ReportFilter filter) {
    pages.render(
        ctx,
        "reports/report.jte",
        Map.of("page", page(ctx, configurations, report, form, state, scope, error, kept, filter)));
  }

  private ReportPage page(
      Context ctx,
      ConfigurationChoice configurations,
      ReportDefinition<?> report,
      InputForm form,
      FormState state,
      ReportScope scope,
      String error,
      Optional<ReportRun<?>> kept,
      ReportFilter filter) {
    List<String> names = new ArrayList<>();
    Set<String> tags = new TreeSet<>();
    if (configurations.configured()) {
      for (Organization org : app.organizations().listAll(configurations.selected())) {
        names.add(org.name());
        tags.addAll(org.tags());
      }
    }
    List<ReportPage.Param> inputs = new ArrayList<>();
    form.fields().stream()
        .filter(f -> !state.value(f.name()).isEmpty())
        .forEach(f -> inputs.add(new ReportPage.Param(f.param(), state.value(f.name()))));
    ReportFilter shown = filter == null ? new ReportFilter("", "", 0) : filter;
    return new ReportPage(
        pages.frame(ctx, report.title(), "reports").withConfiguration(configurations.selected()),
        configurations,
        entry(report),
        form,
        state,
        scope,
        names,
        List.copyOf(tags),
        inputs,
        error,
        kept.map(run -> ReportTable.of(run, shown)).orElse(null),
        shown,
        kept.map(run -> UtcTimes.of(run.at())).orElse(null),
        kept.map(ReportRun::actor).orElse(null));
  }

  static ReportPage.Entry entry(ReportDefinition<?> report) {
    return new ReportPage.Entry(report.name(), report.title(), report.description());
  }
}
