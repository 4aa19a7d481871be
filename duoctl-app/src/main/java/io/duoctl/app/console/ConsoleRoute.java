package io.duoctl.app.console;

import io.duoctl.core.access.ApiScope;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;
import java.util.Optional;

/**
 * One console route: method, path, the least role an operator needs (as a REST route declares its
 * scope) and the handler. {@link ConsoleModule} enforces the role in one place, before the handler
 * runs: an operator whose role is lower gets a 403 page and nothing changes.
 *
 * @param role the least role, or empty for the few routes a visitor uses before signing in
 */
public record ConsoleRoute(
    HandlerType method, String path, Optional<ApiScope> role, Handler handler) {

  public ConsoleRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(handler, "handler");
  }

  /** A page an operator with at least {@code role} may see. */
  public static ConsoleRoute get(String path, ApiScope role, Handler handler) {
    return new ConsoleRoute(HandlerType.GET, path, Optional.of(role), handler);
  }

  /** A form post an operator with at least {@code role} may send. */
  public static ConsoleRoute post(String path, ApiScope role, Handler handler) {
    return new ConsoleRoute(HandlerType.POST, path, Optional.of(role), handler);
  }

  /** A page of a visitor who has not signed in (sign-in, setup, assets). */
  static ConsoleRoute openGet(String path, Handler handler) {
    return new ConsoleRoute(HandlerType.GET, path, Optional.empty(), handler);
  }

  /** A form post of a visitor who has not signed in (sign-in, setup). */
  static ConsoleRoute openPost(String path, Handler handler) {
    return new ConsoleRoute(HandlerType.POST, path, Optional.empty(), handler);
  }

  /** Whether the route changes something (a form post). */
  public boolean changing() {
    return !method.equals(HandlerType.GET) && !method.equals(HandlerType.HEAD);
  }

  @Override
  public String toString() {
    return method + " " + path + " (" + role.map(ApiScope::wireName).orElse("open") + ")";
  }
}
