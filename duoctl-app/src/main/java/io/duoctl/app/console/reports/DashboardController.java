package io.duoctl.app.console.reports;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.Pages;
import io.duoctl.app.console.UtcTimes;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.reports.snapshots.SnapshotSettings;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console's home page at {@value #PATH}: MFA coverage per customer, worst first, the accounts
 * needing attention, and trend charts from the daily snapshots. It never reads Duo when it is
 * shown: it shows the console's kept runs of its three reports over every organization (made here
 * by <b>Refresh</b>, or on a report page with the same choices), each with the time it was made,
 * and the stored snapshots of the last {@code days} (7, 30 or 90; default 30) days, so it opens at
 * once for hundreds of organizations.
 */
public final class DashboardController {

  /** The dashboard's path, the console's home. */
  public static final String PATH = "/console/dashboard";

  /** The reports the dashboard reads, each over every organization with its default inputs. */
  static final List<String> REPORTS = List.of("mfa_coverage", "accounts", "administrators");

  private final Duoctl app;
  private final Pages pages;
  private final ReportRuns runs;

  public DashboardController(Duoctl app, Pages pages, LastReports last) {
    this.app = app;
    this.pages = pages;
    this.runs = new ReportRuns(app, last);
  }

  public List<ConsoleRoute> routes() {
    return List.of(
        ConsoleRoute.get(PATH, ApiScope.READ, this::show),
        // every operator may read reports; core checks the report's scope all the same
        ConsoleRoute.post(PATH + "/refresh", ApiScope.READ, this::refresh));
  }

  private void show(Context ctx) {
    ConfigurationChoice configurations = ConfigurationChoice.of(app, ctx);
    if (!configurations.configured()) {
      // nothing to show before Duo's keys are entered: that page comes first
      ctx.redirect("/console/integration", HttpStatus.SEE_OTHER);
      return;
    }
    List<Optional<ReportRun<?>>> kept = new ArrayList<>();
    List<DashboardPage.Source> sources = new ArrayList<>();
    for (String name : REPORTS) {
      ReportDefinition<?> report = app.reports().require(name);
      Optional<ReportRun<?>> run =
          runs.last(
              runs.key(
                  configurations.selected(),
                  report,
                  ActionJson.object(),
                  OrganizationSelection.allMapped()));
      kept.add(run);
      sources.add(
          new DashboardPage.Source(
              name, report.title(), run.map(r -> UtcTimes.of(r.at())).orElse(null)));
    }
    pages.render(
        ctx,
        "dashboard.jte",
        Map.of(
            "page",
            new DashboardPage(
                pages
                    .frame(ctx, "Dashboard", "dashboard")
                    .withConfiguration(configurations.selected()),
                configurations,
                kept.get(0).map(Coverage::of).orElse(null),
                Attention.of(kept.get(0), kept.get(1), kept.get(2), app.clock().instant()),
                sources,
                ctx.queryParam("refreshed") != null ? "Refreshed." : null,
                trends(days(ctx)))));
  }

  private TrendCharts trends(int days) {
    SnapshotSettings settings = app.snapshots().settings();
    LocalDate today = settings.dayOf(app.clock().instant());
    return TrendCharts.of(
        app.snapshots().trends(today.minusDays(days - 1L).toString(), today.toString(), null),
        days,
        settings.time() + " " + (settings.zone().equals(ZoneOffset.UTC) ? "UTC" : settings.zone()));
  }

  private static int days(Context ctx) {
    String days = ctx.queryParam("days");
    if (days == null || days.isBlank()) {
      return TrendCharts.DEFAULT_DAYS;
    }
    return TrendCharts.RANGES.stream()
        .filter(d -> days.strip().equals(String.valueOf(d)))
        .findFirst()
        .orElseThrow(() -> new BadRequestResponse("days must be 7, 30 or 90, e.g. days=90"));
  }

  /** Runs the dashboard's reports over every organization now, one after the other. */
  private void refresh(Context ctx) {
    ConfigurationChoice configurations = ConfigurationChoice.of(app, ctx);
    if (!configurations.configured()) {
      ctx.redirect(PATH, HttpStatus.SEE_OTHER);
      return;
    }
    for (String name : REPORTS) {
      runs.run(
          configurations.selected(),
          name,
          ActionJson.object(),
          OrganizationSelection.allMapped(),
          Pages.session(ctx).role(),
          Pages.actor(ctx));
    }
    ctx.redirect(PATH + configurations.query() + "&refreshed=1", HttpStatus.SEE_OTHER);
  }
}
