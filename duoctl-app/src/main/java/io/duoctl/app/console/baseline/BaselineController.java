package io.duoctl.app.console.baseline;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.Pages;
import io.duoctl.app.console.UtcTimes;
import io.duoctl.app.console.reports.ReportScope;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.baseline.Baseline;
import io.duoctl.core.baseline.DriftSummary;
import io.duoctl.core.errors.InvalidInputException;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.orgs.Organization;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The drift page at {@value #PATH}: the baseline of the chosen configuration, a drift check over
 * one organization, a tag or all (core's {@link io.duoctl.core.baseline.SettingsDrift}, as {@code
 * GET /api/v1/baseline/drift}), its differences per organization with the organizations not read
 * flagged, and the fix: the job of {@value Baseline#FIX_ACTION} with the baseline's input, dry run
 * or run, as {@code POST /api/v1/baseline/fix} starts it.
 */
public final class BaselineController {

  /** Where the drift page lives. */
  public static final String PATH = "/console/baseline";

  private final Duoctl app;
  private final Pages pages;

  /** The last drift check per configuration, on this node. */
  private final Map<String, DriftRun> last = new ConcurrentHashMap<>();

  public BaselineController(Duoctl app, Pages pages) {
    this.app = app;
    this.pages = pages;
  }

  public List<ConsoleRoute> routes() {
    return List.of(
        ConsoleRoute.get(PATH, ApiScope.READ, this::show),
        ConsoleRoute.post(PATH + "/drift", ApiScope.READ, this::drift),
        // as POST /api/v1/baseline/fix; core checks the action's scope all the same
        ConsoleRoute.post(PATH + "/fix", ApiScope.RUN, this::fix));
  }

  private void show(Context ctx) {
    render(ctx, ConfigurationChoice.of(app, ctx), ReportScope.of(ctx.queryParamMap()), null);
  }

  private void drift(Context ctx) {
    ConfigurationChoice configurations = ConfigurationChoice.of(app, ctx);
    ReportScope scope = ReportScope.of(ctx.formParamMap());
    if (!configurations.configured()) {
      render(ctx, configurations, scope, "No Duo configuration is saved yet.");
      return;
    }
    String configuration = configurations.selected();
    List<DriftRun.Line> lines = new ArrayList<>();
    String at = UtcTimes.of(app.clock().instant());
    try {
      DriftSummary summary =
          app.settingsDrift(configuration)
              .run(
                  app.baselines().get(configuration),
                  scope.selection(),
                  RunOptions.as(Pages.actor(ctx), Pages.session(ctx).role()),
                  row -> lines.add(DriftRun.Line.of(row)));
      last.put(configuration, new DriftRun(scope, lines, summary, at, Pages.actor(ctx)));
    } catch (InvalidInputException | IllegalArgumentException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, configurations, scope, e.getMessage());
      return;
    }
    ctx.redirect(PATH + configurations.query() + "&" + scope.query(), HttpStatus.SEE_OTHER);
  }

  private void fix(Context ctx) {
    ConfigurationChoice configurations = ConfigurationChoice.of(app, ctx);
    ReportScope scope = ReportScope.of(ctx.formParamMap());
    if (!configurations.configured()) {
      render(ctx, configurations, scope, "No Duo configuration is saved yet.");
      return;
    }
    String configuration = configurations.selected();
    Job job;
    try {
      Baseline baseline = app.baselines().get(configuration);
      if (baseline.isEmpty()) {
        throw new IllegalArgumentException(
            "The baseline is empty: set it first (duoctl baseline set, PUT /api/v1/baseline).");
      }
      job =
          app.fanOut(configuration)
              .start(
                  Baseline.FIX_ACTION,
                  baseline.fixInput(),
                  scope.selection(),
                  RunOptions.as(Pages.actor(ctx), Pages.session(ctx).role())
                      .withDryRun(!"run".equals(ctx.formParam("mode"))));
    } catch (InvalidInputException | IllegalArgumentException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, configurations, scope, e.getMessage());
      return;
    }
    ctx.redirect("/console/jobs/" + job.id(), HttpStatus.SEE_OTHER);
  }

  private void render(
      Context ctx, ConfigurationChoice configurations, ReportScope scope, String error) {
    List<String> names = new ArrayList<>();
    Set<String> tags = new TreeSet<>();
    Baseline baseline = null;
    DriftRun drift = null;
    if (configurations.configured()) {
      for (Organization org : app.organizations().listAll(configurations.selected())) {
        names.add(org.name());
        tags.addAll(org.tags());
      }
      baseline = app.baselines().get(configurations.selected());
      drift = last.get(configurations.selected());
    }
    List<DriftPage.Setting> settings = new ArrayList<>();
    if (baseline != null) {
      baseline
          .json()
          .properties()
          .forEach(e -> settings.add(new DriftPage.Setting(e.getKey(), e.getValue().toString())));
    }
    pages.render(
        ctx,
        "baseline.jte",
        Map.of(
            "page",
            new DriftPage(
                pages
                    .frame(ctx, "Drift from the baseline", "reports")
                    .withConfiguration(configurations.selected()),
                configurations,
                settings,
                drift != null && error == null ? drift.scope() : scope,
                names,
                List.copyOf(tags),
                drift,
                error)));
  }
}
