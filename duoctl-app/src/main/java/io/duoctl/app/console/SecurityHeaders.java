package io.duoctl.app.console;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Sets the console's security headers on every response: a strict Content-Security-Policy (no
 * inline script or style, no framing), no MIME sniffing, same-origin referrers, and no caching of
 * pages (a token shown once must not come back from the cache).
 */
final class SecurityHeaders implements Handler {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none';"
          + " form-action 'self'; base-uri 'none'";

  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    if (!ctx.path().startsWith(ConsoleModule.ASSETS)) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
