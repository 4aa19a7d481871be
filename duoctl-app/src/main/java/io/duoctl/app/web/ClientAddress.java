package io.duoctl.app.web;

import io.duoctl.core.access.TrustedProxies;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;
import java.util.List;

/**
 * The address a request comes from, as {@link TrustedProxies} names it: {@link WebServer} works it
 * out once per request, before any module's handler, so the REST API and the console agree.
 */
public final class ClientAddress {
  private static final String ATTRIBUTE = ClientAddress.class.getName();

  private ClientAddress() {}

  /** The handler that works the address out for every request. */
  static Handler resolver(TrustedProxies proxies) {
    return ctx ->
        ctx.attribute(
            ATTRIBUTE,
            proxies.clientAddress(
                ctx.req().getRemoteAddr(),
                Collections.list(ctx.req().getHeaders("X-Forwarded-For"))));
  }

  /**
   * The address {@code ctx}'s request comes from; the socket's peer when the request did not pass
   * through {@link WebServer} (a module installed on its own).
   */
  public static String of(Context ctx) {
    String address = ctx.attribute(ATTRIBUTE);
    return address != null
        ? address
        : TrustedProxies.none().clientAddress(ctx.req().getRemoteAddr(), List.of());
  }
}
