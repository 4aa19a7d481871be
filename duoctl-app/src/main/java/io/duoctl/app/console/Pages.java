package io.duoctl.app.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.duoctl.core.access.ApiScope;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the console's precompiled jte templates (from {@code src/main/jte}) into responses, and
 * gives handlers the request's {@link ConsoleSession}. One instance is shared by every console
 * controller. Thread-safe.
 */
public final class Pages {
  private final TemplateEngine engine;

  Pages(TemplateEngine engine) {
    this.engine = engine;
  }

  /** Templates compiled into this jar (package {@code io.duoctl.app.console}). */
  static Pages precompiled() {
    return new Pages(
        TemplateEngine.createPrecompiled(
            null, ContentType.Html, Pages.class.getClassLoader(), "io.duoctl.app.console"));
  }

  /**
   * Renders {@code template} (e.g. {@code "integration.jte"}) with {@code params} as the response
   * body, HTML, keeping the status already set.
   */
  public void render(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    ctx.html(out.toString());
  }

  /** The frame of a page of this request's session; {@code nav} is a {@link Frame#NAV} key. */
  public Frame frame(Context ctx, String title, String nav) {
    ConsoleSession session = session(ctx);
    return new Frame(title, nav, session.operator(), session.csrfToken(), null);
  }

  /** This request's session (every console request has one, signed in or not). */
  public static ConsoleSession session(Context ctx) {
    ConsoleSession session = ctx.attribute(SessionGuard.SESSION_ATTRIBUTE);
    if (session == null) {
      throw new IllegalStateException("no console session on " + ctx.path());
    }
    return session;
  }

  /**
   * Refuses the request (403 page) unless the signed-in operator's role grants {@code required}.
   * The console calls it for every route with the role the route declares ({@link ConsoleRoute}).
   *
   * @throws RoleTooLowException handled by the console's page wrapper
   */
  public static void requireRole(Context ctx, ApiScope required) {
    ConsoleSession session = session(ctx);
    if (!session.allows(required)) {
      throw new RoleTooLowException(
          "Your role ("
              + (session.role() == null ? "none" : session.role().wireName())
              + ") does not allow this; it needs "
              + required.wireName()
              + ". Ask an admin operator.");
    }
  }

  /** The operator's role does not allow what the request asks. */
  public static final class RoleTooLowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RoleTooLowException(String message) {
      super(message);
    }
  }

  /** The audit actor of this request, {@code console:<username>}. */
  public static String actor(Context ctx) {
    return session(ctx).actor();
  }
}
