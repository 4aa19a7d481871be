package io.duoctl.app.console;

import io.duoctl.core.access.SessionService;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Runs before every console request: finds or starts the session in the database (cookie HttpOnly,
 * SameSite=Lax, Secure on HTTPS), refuses unsafe requests without the session's CSRF token (403),
 * and sends visitors who are not signed in to the sign-in page. The session is then available to
 * handlers through {@link Pages#session(Context)}.
 */
final class SessionGuard implements Handler {
  static final String COOKIE = "duoctl_session";
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String SESSION_ATTRIBUTE = "duoctl.console.session";

  private static final Set<HandlerType> UNSAFE =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  private final SessionService sessions;

  SessionGuard(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(Context ctx) {
    if (ctx.path().startsWith(ConsoleModule.ASSETS)) {
      return;
    }
    ConsoleSession session = sessions.find(ctx.cookie(COOKIE)).map(ConsoleSession::of).orElse(null);
    if (UNSAFE.contains(ctx.method()) && !carriesToken(ctx, session)) {
      ctx.status(HttpStatus.FORBIDDEN)
          .html(
              "<!DOCTYPE html><title>Refused</title><p>This form has expired or did not come"
                  + " from duoctl's console. Go back, reload the page and try again.</p>")
          .skipRemainingHandlers();
      return;
    }
    if (session == null) {
      session = ConsoleSession.of(sessions.create());
      setCookie(ctx, session);
    }
    ctx.attribute(SESSION_ATTRIBUTE, session);
    if (!session.signedIn() && !ConsoleModule.isPublic(ctx.path())) {
      redirect(ctx, ConsoleModule.SIGN_IN);
    }
  }

  /** Sends the browser to {@code path}, also when the request came from htmx. */
  static void redirect(Context ctx, String path) {
    if (ctx.header("HX-Request") != null) {
      ctx.header("HX-Redirect", path).status(HttpStatus.UNAUTHORIZED);
    } else {
      ctx.redirect(path, HttpStatus.SEE_OTHER);
    }
    ctx.skipRemainingHandlers();
  }

  static void setCookie(Context ctx, ConsoleSession session) {
    ctx.res()
        .setHeader(
            "Set-Cookie",
            COOKIE
                + "="
                + session.id()
                + "; Path="
                + ConsoleModule.ROOT
                + "; HttpOnly; SameSite=Lax"
                + ("https".equalsIgnoreCase(ctx.scheme()) ? "; Secure" : ""));
  }

  static void clearCookie(Context ctx) {
    ctx.res()
        .setHeader(
            "Set-Cookie",
            COOKIE + "=; Path=" + ConsoleModule.ROOT + "; Max-Age=0; HttpOnly; SameSite=Lax");
  }

  private static boolean carriesToken(Context ctx, ConsoleSession session) {
    if (session == null) {
      return false;
    }
    String sent = ctx.header(CSRF_HEADER);
    if (sent == null) {
      sent = ctx.formParam(CSRF_FIELD);
    }
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            session.csrfToken().getBytes(StandardCharsets.UTF_8));
  }
}
