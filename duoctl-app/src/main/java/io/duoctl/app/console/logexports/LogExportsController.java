package io.duoctl.app.console.logexports;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.Pages;
import io.duoctl.core.logexport.exports.LogExportAccess;
import io.duoctl.core.logexport.exports.LogExports;
import io.duoctl.core.logexport.exports.ProgressPage;
import io.duoctl.core.logexport.rules.FiringCounts;
import io.duoctl.core.logexport.rules.LogRuleService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Logs pages: every log export and log rule, and one export with its progress per organization,
 * log and sink, worst first a page at a time, the table polled by htmx. Starting and stopping an
 * export needs the roles of {@link LogExportAccess}; core ({@link LogExports}) checks them again.
 */
public final class LogExportsController {

  /** The list's path; an export is at {@code PATH/<name>}. */
  public static final String PATH = "/console/log-exports";

  /** Progress rows per page: bounded for exports of thousands of organizations. */
  static final int PAGE_SIZE = 50;

  private final Pages pages;
  private final LogExports exports;
  private final LogRuleService rules;

  public LogExportsController(Duoctl app, Pages pages) {
    this.pages = pages;
    this.exports = app.logExports();
    this.rules = app.logRules();
  }

  /** The pages' routes. */
  public List<ConsoleRoute> routes() {
    return List.of(
        ConsoleRoute.get(PATH, LogExportAccess.READ, this::list),
        ConsoleRoute.get(PATH + "/{name}", LogExportAccess.READ, this::show),
        ConsoleRoute.get(PATH + "/{name}/progress", LogExportAccess.READ, this::progress),
        ConsoleRoute.post(PATH + "/{name}/start", LogExportAccess.MANAGE, this::start),
        ConsoleRoute.post(PATH + "/{name}/stop", LogExportAccess.MANAGE, this::stop));
  }

  void list(Context ctx) {
    Map<String, FiringCounts> firings = rules.firingCounts();
    render(
        ctx,
        "logexports/logs.jte",
        new LogsView(
            pages.frame(ctx, "Logs", "logs"),
            exports.list().stream().map(ExportLine::of).toList(),
            rules.list().stream()
                .map(r -> RuleLine.of(r, firings.getOrDefault(r.name(), FiringCounts.NONE)))
                .toList()));
  }

  void show(Context ctx) {
    String name = ctx.pathParam("name");
    ProgressPage page = exports.progress(name, offset(ctx), PAGE_SIZE);
    render(
        ctx,
        "logexports/export.jte",
        new ExportView(
            pages.frame(ctx, "Log export " + name, "logs"),
            ExportLine.of(page.export()),
            view(page),
            Pages.session(ctx).allows(LogExportAccess.MANAGE),
            ctx.queryParam("changed")));
  }

  /** The progress table alone, which the export's page polls. */
  void progress(Context ctx) {
    render(
        ctx,
        "logexports/progress.jte",
        view(exports.progress(ctx.pathParam("name"), offset(ctx), PAGE_SIZE)));
  }

  void start(Context ctx) {
    String name = ctx.pathParam("name");
    exports.start(name, Pages.session(ctx).role(), Pages.actor(ctx));
    ctx.redirect(PATH + "/" + name + "?changed=started", HttpStatus.SEE_OTHER);
  }

  void stop(Context ctx) {
    String name = ctx.pathParam("name");
    exports.stop(name, Pages.session(ctx).role(), Pages.actor(ctx));
    ctx.redirect(PATH + "/" + name + "?changed=stopped", HttpStatus.SEE_OTHER);
  }

  private static ProgressView view(ProgressPage page) {
    return new ProgressView(
        page.export().name(),
        page.rows().stream().map(ProgressRow::of).toList(),
        page.offset(),
        page.total(),
        PAGE_SIZE);
  }

  private void render(Context ctx, String template, Object view) {
    Map<String, Object> params = new HashMap<>();
    params.put("view", view);
    pages.render(ctx, template, params);
  }

  private static int offset(Context ctx) {
    try {
      String offset = ctx.queryParam("offset");
      return offset == null ? 0 : Math.max(0, Integer.parseInt(offset));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
