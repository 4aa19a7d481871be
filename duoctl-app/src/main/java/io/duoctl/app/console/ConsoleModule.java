package io.duoctl.app.console;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.actions.ActionsController;
import io.duoctl.app.console.jobs.JobsController;
import io.duoctl.app.console.orgs.OrganizationsController;
import io.duoctl.app.web.WebModule;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console: server-rendered pages under {@value #ROOT} (and a redirect from {@code /}).
 * Every console response carries the security headers; every request has a session, and every
 * unsafe request must carry the session's CSRF token (else 403); pages other than sign-in and setup
 * need a signed-in operator.
 *
 * <p>Pages: {@code /console/sign-in}, {@code /console/setup} (first operator), {@code
 * /console/integration}, {@code /console/audit}, {@code /console/tokens}; the organizations,
 * actions and jobs pages live under {@code /console/organizations}, {@code /console/actions} and
 * {@code /console/jobs} (see {@link Frame#NAV}).
 */
public final class ConsoleModule implements WebModule {
  /** Where the console lives. */
  public static final String ROOT = "/console";

  static final String HOME = ROOT + "/integration";
  static final String SIGN_IN = ROOT + "/sign-in";
  static final String SETUP = ROOT + "/setup";
  static final String ASSETS = ROOT + "/assets/";

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleModule.class);

  private final Duoctl app;
  private final SessionStore sessions;
  private final Pages pages;

  /**
   * The console of {@code app}. The server should print {@code
   * app.firstOperatorSetup().issueIfNeeded()} at start, which the setup page then accepts.
   */
  public ConsoleModule(Duoctl app) {
    this.app = app;
    this.sessions = new SessionStore(app.clock());
    this.pages = Pages.precompiled();
  }

  @Override
  public void install(JavalinConfig config) {
    RoutesConfig routes = config.routes;
    var signIn = new SignInController(pages, app.operators(), app.firstOperatorSetup(), sessions);
    var assets = new Assets();

    routes.before(ROOT + "/*", new SecurityHeaders());
    routes.before(ROOT + "/*", new SessionGuard(sessions));

    routes.get("/", ctx -> ctx.redirect(ROOT + "/", HttpStatus.SEE_OTHER));
    routes.get(ROOT, ctx -> ctx.redirect(ROOT + "/", HttpStatus.SEE_OTHER));
    routes.get(ROOT + "/", ctx -> ctx.redirect(HOME, HttpStatus.SEE_OTHER));
    routes.get(ASSETS + "{name}", assets::serve);

    routes.get(SIGN_IN, page(signIn::signInForm));
    routes.post(SIGN_IN, page(signIn::signIn));
    routes.post(ROOT + "/sign-out", page(signIn::signOut));
    routes.get(SETUP, page(signIn::setupForm));
    routes.post(SETUP, page(signIn::setup));

    var integration = new IntegrationController(pages, app);
    routes.get(IntegrationController.PATH, page(integration::show));
    routes.post(IntegrationController.PATH, page(integration::save));
    routes.post(IntegrationController.PATH + "/default", page(integration::makeDefault));

    var audit = new AuditController(pages, app);
    routes.get(AuditController.PATH, page(audit::show));

    var tokens = new TokensController(pages, app);
    routes.get(TokensController.PATH, page(tokens::show));
    routes.post(TokensController.PATH, page(tokens::create));
    routes.post(TokensController.PATH + "/{id}/revoke", page(tokens::revoke));

    new OrganizationsController(app, pages).install(routes, this::page);
    new ActionsController(app, pages).install(routes, this::page);
    new JobsController(app, pages).install(routes, this::page);
  }

  /** Whether {@code path} is reachable without signing in. */
  static boolean isPublic(String path) {
    return path.equals(SIGN_IN) || path.equals(SETUP) || path.startsWith(ASSETS);
  }

  /** Wraps a page handler so an unexpected failure shows an error page, not a stack trace. */
  private Handler page(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (HttpResponseException e) {
        throw e;
      } catch (Pages.RoleTooLowException e) {
        ctx.status(HttpStatus.FORBIDDEN);
        renderError(ctx, e.getMessage());
      } catch (ConfigurationNotFoundException e) {
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
