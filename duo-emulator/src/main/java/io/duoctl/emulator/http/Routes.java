package io.duoctl.emulator.http;

import io.duoctl.emulator.model.Permission;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The route table: method and path pattern to handler and required permission. Registration is
 * meant for start-up; matching is thread-safe and lock-free. Where several patterns match, the one
 * with a literal segment earliest wins ({@code /users/enroll} before {@code /users/{user_id}}).
 */
public final class Routes {

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  /** Registers a signed route whose rate class is inferred ({@link RateClass#infer}). */
  public Routes add(String method, String pattern, Permission permission, ApiHandler handler) {
    Objects.requireNonNull(permission, "permission (use unsigned(...) for unsigned routes)");
    return add(method, pattern, permission, RateClass.infer(method, pattern), handler);
  }

  /** Registers a signed route with an explicit rate class. */
  public Routes add(
      String method,
      String pattern,
      Permission permission,
      RateClass rateClass,
      ApiHandler handler) {
    return register(new Route(method, pattern, permission, rateClass, handler));
  }

  private synchronized Routes register(Route route) {
    for (Entry entry : entries) {
      if (entry.route.method().equals(route.method())
          && entry.route.pattern().equals(route.pattern())) {
        throw new IllegalArgumentException(
            "route " + route.method() + " " + route.pattern() + " is registered twice");
      }
    }
    entries.add(new Entry(route, route.segments()));
    return this;
  }

  /** {@code GET pattern}. */
  public Routes get(String pattern, Permission permission, ApiHandler handler) {
    return add("GET", pattern, permission, handler);
  }

  /** {@code POST pattern}. */
  public Routes post(String pattern, Permission permission, ApiHandler handler) {
    return add("POST", pattern, permission, handler);
  }

  /** {@code PUT pattern}. */
  public Routes put(String pattern, Permission permission, ApiHandler handler) {
    return add("PUT", pattern, permission, handler);
  }

  /** {@code DELETE pattern}. */
  public Routes delete(String pattern, Permission permission, ApiHandler handler) {
    return add("DELETE", pattern, permission, handler);
  }

  /** Registers a route served without any signature check (e.g. {@code /auth/v2/ping}). */
  public Routes unsigned(String method, String pattern, ApiHandler handler) {
    return register(new Route(method, pattern, null, RateClass.infer(method, pattern), handler));
  }

  /** Every registered route, in registration order. */
  public List<Route> all() {
    return entries.stream().map(Entry::route).toList();
  }

  /**
   * Finds the route for a request.
   *
   * @param path the raw path, without query
   * @throws DuoError 404 40401 when no pattern matches the path, 405 40501 when patterns match but
   *     not for this method
   */
  public Match match(String method, String path) {
    String[] segments = path.startsWith("/") ? path.substring(1).split("/", -1) : null;
    if (segments == null) {
      throw DuoError.notFound();
    }
    Match best = null;
    int bestScore = -1;
    boolean pathKnown = false;
    for (Entry entry : entries) {
      Map<String, String> variables = entry.route.match(entry.segments, segments);
      if (variables == null) {
        continue;
      }
      pathKnown = true;
      if (!entry.route.method().equals(method)) {
        continue;
      }
      int score = specificity(entry.segments);
      if (score > bestScore) {
        best = new Match(entry.route, variables);
        bestScore = score;
      }
    }
    if (best != null) {
      return best;
    }
    throw pathKnown ? new DuoError(405, 40501, "Method not allowed", null) : DuoError.notFound();
  }

  private static int specificity(String[] segments) {
    int score = 0;
    for (String segment : segments) {
      score = score * 2 + (Route.isVariable(segment) ? 0 : 1);
    }
    return score;
  }

  /** A matched route and its decoded path variables. */
  public record Match(Route route, Map<String, String> pathVariables) {}

  private record Entry(Route route, String[] segments) {}
}
