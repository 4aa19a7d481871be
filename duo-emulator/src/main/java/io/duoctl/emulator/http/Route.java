package io.duoctl.emulator.http;

import io.duoctl.emulator.model.Permission;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the route table.
 *
 * @param method the upper-case HTTP method
 * @param pattern a path such as {@code /admin/v1/users/{user_id}}; a {@code {name}} segment matches
 *     any one non-empty segment
 * @param permission what the signing integration needs; null for an unsigned route
 * @param rateClass the rate-limit bucket the endpoint belongs to
 * @param handler the handler
 */
public record Route(
    String method, String pattern, Permission permission, RateClass rateClass, ApiHandler handler) {

  public Route {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(pattern, "pattern");
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("route pattern must start with /: " + pattern);
    }
    Objects.requireNonNull(rateClass, "rateClass");
    Objects.requireNonNull(handler, "handler");
  }

  /** Whether requests to this route are served without a signature ({@code /auth/v2/ping}). */
  public boolean unsigned() {
    return permission == null;
  }

  String[] segments() {
    return pattern.substring(1).split("/", -1);
  }

  /** The decoded path variables when {@code pathSegments} match this route, else null. */
  Map<String, String> match(String[] patternSegments, String[] pathSegments) {
    if (patternSegments.length != pathSegments.length) {
      return null;
    }
    Map<String, String> variables = null;
    for (int i = 0; i < patternSegments.length; i++) {
      String expected = patternSegments[i];
      String actual = pathSegments[i];
      if (isVariable(expected)) {
        if (actual.isEmpty()) {
          return null;
        }
        if (variables == null) {
          variables = new LinkedHashMap<>(4);
        }
        variables.put(expected.substring(1, expected.length() - 1), decode(actual));
      } else if (!expected.equals(actual)) {
        return null;
      }
    }
    return variables == null ? Map.of() : variables;
  }

  static boolean isVariable(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  private static String decode(String segment) {
    try {
      return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return segment;
    }
  }
}
