package io.duoctl.app.console;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.actions.ActionsController;
import io.duoctl.app.console.baseline.BaselineController;
import io.duoctl.app.console.jobs.JobsController;
import io.duoctl.app.console.logexports.LogExportsController;
import io.duoctl.app.console.orgs.OrganizationsController;
import io.duoctl.app.console.reports.DashboardController;
import io.duoctl.app.console.reports.LastReports;
import io.duoctl.app.console.reports.ReportsController;
import io.duoctl.app.console.schedules.ScheduleFormController;
import io.duoctl.app.console.schedules.SchedulesController;
import io.duoctl.app.console.workflows.WorkflowRunsController;
import io.duoctl.app.console.workflows.WorkflowsController;
import io.duoctl.app.web.WebModule;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionNotAllowedException;
import io.duoctl.core.logexport.exports.LogExportForbiddenException;
import io.duoctl.core.logexport.exports.LogExportNotFoundException;
import io.duoctl.core.reports.UnknownReportException;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.duoctl.core.workflows.UnknownWorkflowException;
import io.duoctl.core.workflows.schedules.ScheduleNotFoundException;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console: server-rendered pages under {@value #ROOT} (and a redirect from {@code /}).
 * Every console response carries the security headers; every request has a session (stored in the
 * database, so it survives a restart and works on every node of the same database), and every
 * unsafe request must carry the session's CSRF token (else 403); pages other than sign-in and setup
 * need a signed-in operator, and every route declares the least role it needs in {@link #routes()}
 * (checked before its handler runs, else a 403 page).
 *
 * <p>Pages: {@code /console/sign-in}, {@code /console/setup} (first operator), {@code
 * /console/integration}, {@code /console/audit}, {@code /console/tokens}; the organizations,
 * actions, jobs, workflows and schedules pages live under {@code /console/organizations}, {@code
 * /console/actions}, {@code /console/jobs}, {@code /console/workflows}, {@code
 * /console/workflow-runs}, {@code /console/schedules}, {@code /console/log-exports} and {@code
 * /console/new-schedule} (see {@link Frame#NAV}).
 */
public final class ConsoleModule implements WebModule {
  /** Where the console lives. */
  public static final String ROOT = "/console";

  static final String HOME = DashboardController.PATH;
  static final String SIGN_IN = ROOT + "/sign-in";
  static final String SETUP = ROOT + "/setup";
  static final String ASSETS = ROOT + "/assets/";

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleModule.class);

  private final Duoctl app;
  private final Pages pages;
  private final LastReports lastReports = new LastReports();

  /**
   * The console of {@code app}. The server should print {@code
   * app.firstOperatorSetup().issueIfNeeded()} at start, which the setup page then accepts.
   */
  public ConsoleModule(Duoctl app) {
    this.app = app;
    this.pages = Pages.precompiled();
  }

  @Override
  public void install(JavalinConfig config) {
    RoutesConfig routes = config.routes;
    routes.before(ROOT + "/*", new SecurityHeaders());
    routes.before(ROOT + "/*", new SessionGuard(app.sessions()));
    routes.get("/", ctx -> ctx.redirect(HOME, HttpStatus.SEE_OTHER));
    // Javalin ignores trailing slashes, so this route is also ROOT + "/": it must not send there.
    routes.get(ROOT, ctx -> ctx.redirect(HOME, HttpStatus.SEE_OTHER));
    for (ConsoleRoute route : routes()) {
      routes.addHttpHandler(route.method(), route.path(), page(route));
    }
  }

  /** The console's route table: every page and form post with the least role it needs. */
  public List<ConsoleRoute> routes() {
    var signIn =
        new SignInController(pages, app.operators(), app.firstOperatorSetup(), app.sessions());
    var integration = new IntegrationController(pages, app);
    var audit = new AuditController(pages, app);
    var tokens = new TokensController(pages, app);
    List<ConsoleRoute> table = new ArrayList<>();
    table.add(ConsoleRoute.openGet(ASSETS + "{name}", new Assets()::serve));
    table.add(ConsoleRoute.openGet(SIGN_IN, signIn::signInForm));
    table.add(ConsoleRoute.openPost(SIGN_IN, signIn::signIn));
    table.add(ConsoleRoute.openGet(SETUP, signIn::setupForm));
    table.add(ConsoleRoute.openPost(SETUP, signIn::setup));
    table.add(ConsoleRoute.post(ROOT + "/sign-out", ApiScope.READ, signIn::signOut));
    table.add(ConsoleRoute.get(IntegrationController.PATH, ApiScope.READ, integration::show));
    table.add(ConsoleRoute.post(IntegrationController.PATH, ApiScope.ADMIN, integration::save));
    table.add(
        ConsoleRoute.post(
            IntegrationController.PATH + "/default", ApiScope.ADMIN, integration::makeDefault));
    table.add(ConsoleRoute.get(AuditController.PATH, ApiScope.READ, audit::show));
    table.add(ConsoleRoute.get(TokensController.PATH, ApiScope.READ, tokens::show));
    table.add(ConsoleRoute.post(TokensController.PATH, ApiScope.ADMIN, tokens::create));
    table.add(
        ConsoleRoute.post(TokensController.PATH + "/{id}/revoke", ApiScope.ADMIN, tokens::revoke));
    table.addAll(new OrganizationsController(app, pages).routes());
    table.addAll(new ActionsController(app, pages).routes());
    table.addAll(new JobsController(app, pages).routes());
    table.addAll(new WorkflowsController(app, pages).routes());
    table.addAll(new WorkflowRunsController(app, pages).routes());
    table.addAll(new SchedulesController(app, pages).routes());
    table.addAll(new ScheduleFormController(app, pages).routes());
    table.addAll(new DashboardController(app, pages, lastReports).routes());
    table.addAll(new BaselineController(app, pages).routes());
    table.addAll(new ReportsController(app, pages, lastReports).routes());
    table.addAll(new LogExportsController(app, pages).routes());
    return List.copyOf(table);
  }

  /** Whether {@code path} is reachable without signing in. */
  static boolean isPublic(String path) {
    return path.equals(SIGN_IN) || path.equals(SETUP) || path.startsWith(ASSETS);
  }

  /**
   * Wraps a route's handler: refuses an operator whose role is below the route's (403 page, before
   * the handler runs), and shows an error page, not a stack trace, on an unexpected failure.
   */
  private Handler page(ConsoleRoute route) {
    return ctx -> {
      try {
        if (route.role().isPresent()) {
          Pages.requireRole(ctx, route.role().get());
        }
        route.handler().handle(ctx);
      } catch (HttpResponseException e) {
        throw e;
      } catch (Pages.RoleTooLowException
          | ActionNotAllowedException
          | LogExportForbiddenException e) {
        ctx.status(HttpStatus.FORBIDDEN);
        renderError(ctx, e.getMessage());
      } catch (ConfigurationNotFoundException
          | UnknownWorkflowException
          | ScheduleNotFoundException
          | UnknownReportException
          | LogExportNotFoundException e) {
        ctx.status(HttpStatus.NOT_FOUND);
        renderError(ctx, e.getMessage());
      } catch (RuntimeException e) {
        LOG.error("console page {} failed", ctx.path(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        renderError(ctx, "Something went wrong on our side: " + e.getClass().getSimpleName());
      }
    };
  }

  private void renderError(Context ctx, String message) {
    Map<String, Object> params = new HashMap<>();
    params.put("frame", pages.frame(ctx, "Error", ""));
    params.put("message", message);
    pages.render(ctx, "error.jte", params);
  }

  Duoctl app() {
    return app;
  }
}
