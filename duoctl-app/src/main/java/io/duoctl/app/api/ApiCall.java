package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiToken;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One authenticated request as a route handler sees it: path and query parameters with typed
 * readers that answer bad values with a 400 naming the parameter, the JSON body as a record, and
 * the calling token (the audit actor is {@code api:<token name>}); a {@linkplain
 * ApiRoute.Builder#signed signed} route has no token and reads its raw body ({@link #bytes()}) to
 * check the signature itself. Lives for one request.
 */
public final class ApiCall {
  private final Context context;
  private final ApiToken token;
  private final RequestBodies bodies;
  private final ObjectNode bodySchema;
  private final List<String> bodyMediaTypes;

  ApiCall(
      Context context,
      ApiToken token,
      RequestBodies bodies,
      ObjectNode bodySchema,
      List<String> bodyMediaTypes) {
    this.context = context;
    this.token = token;
    this.bodies = bodies;
    this.bodySchema = bodySchema;
    this.bodyMediaTypes = bodyMediaTypes;
  }

  /**
   * The token the request was authenticated with.
   *
   * @throws IllegalStateException on a signed route, which takes no token
   */
  public ApiToken token() {
    if (token == null) {
      throw new IllegalStateException("a signed route's request has no token");
    }
    return token;
  }

  /** Who acts, as recorded in the audit log: {@code api:<token name>}. */
  public String actor() {
    return "api:" + token().name();
  }

  /** The path parameter {@code name} (declared in the route's path). */
  public String pathParam(String name) {
    return context.pathParam(name);
  }

  /** The query parameter {@code name}, if given and not blank. */
  public Optional<String> query(String name) {
    String value = context.queryParam(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * The integer query parameter {@code name}, or {@code fallback} when absent.
   *
   * @throws ApiException 400 naming the parameter when it is not an integer in [min, max]
   */
  public int queryInt(String name, int fallback, int min, int max) {
    Optional<String> value = query(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.get());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.invalidField(
        name, "must be a whole number from " + min + " to " + max + ", e.g. " + fallback);
  }

  /**
   * The boolean query parameter {@code name}, if given.
   *
   * @throws ApiException 400 naming the parameter when it is not true or false
   */
  public Optional<Boolean> queryBoolean(String name) {
    Optional<String> value = query(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> throw ApiException.invalidField(name, "must be true or false");
    };
  }

  /**
   * The instant query parameter {@code name} (ISO 8601, e.g. {@code 2026-11-28T21:00:00Z}).
   *
   * @throws ApiException 400 naming the parameter when it cannot be read
   */
  public Optional<Instant> queryInstant(String name) {
    Optional<String> value = query(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.get()).toInstant());
    } catch (DateTimeParseException e) {
      throw ApiException.invalidField(
          name, "must be an ISO 8601 time with offset, e.g. 2026-11-28T21:00:00Z");
    }
  }

  /**
   * The JSON body read into {@code type}: a record of the api package, checked first against the
   * route's request schema (types, unknown fields; every bad field at once), or {@link
   * com.fasterxml.jackson.databind.JsonNode} for the tree as sent (the caller checks it).
   *
   * @throws ApiException 415 when the body is not JSON, 400 {@code malformed_json}, {@code
   *     unknown_field} or {@code invalid_input} (a missing body, a value of the wrong type, a
   *     duplicate key, too deep or a number too large), 413 when too large
   */
  public <T> T body(Class<T> type) {
    return bodies.read(context, Objects.requireNonNull(type, "type"), bodySchema);
  }

  /**
   * The body as text, for a route declared with {@link ApiRoute.Builder#textBody}.
   *
   * @throws ApiException 415 when it is not sent as one of the route's media types, 400 {@code
   *     invalid_input} when it is empty or not UTF-8, 413 when too large
   */
  public String text() {
    return bodies.readText(context, bodyMediaTypes);
  }

  /**
   * The body's bytes exactly as sent, whatever its media type, for a route that checks a signature
   * over them.
   *
   * @throws ApiException 413 when larger than the server accepts
   */
  public byte[] bytes() {
    return bodies.readBytes(context);
  }

  /** The request header {@code name}, or null when it was not sent. */
  public String header(String name) {
    return context.header(name);
  }

  /** The Javalin context, for what this class does not cover (headers, streaming). */
  public Context context() {
    return context;
  }
}
