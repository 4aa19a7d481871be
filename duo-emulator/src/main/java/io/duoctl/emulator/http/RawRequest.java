package io.duoctl.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request exactly as received, before any interpretation.
 *
 * @param method the HTTP method as sent
 * @param host the {@code Host} header (with port if it had one), or the request target's authority
 * @param path the path as sent on the wire, percent-encoding intact, without the query
 * @param query the raw query string without {@code ?}, or null
 * @param headers header values by lower-case name
 * @param body the exact body bytes (empty for none)
 */
public record RawRequest(
    String method,
    String host,
    String path,
    String query,
    Map<String, List<String>> headers,
    byte[] body) {

  public RawRequest {
    Objects.requireNonNull(method, "method");
    host = host == null ? "" : host;
    Objects.requireNonNull(path, "path");
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /** The first value of a header, by case-insensitive name; null if absent. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The media type of the body without parameters, lower-case; empty if none. */
  public String mediaType() {
    String type = header("content-type");
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the body is a form ({@code application/x-www-form-urlencoded}). */
  public boolean hasFormBody() {
    return body.length > 0 && mediaType().equals("application/x-www-form-urlencoded");
  }

  /** Whether the body is JSON. */
  public boolean hasJsonBody() {
    return body.length > 0 && mediaType().equals("application/json");
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The host without port, lower-case. */
  public String hostname() {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(0, close + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  @Override
  public String toString() {
    return "RawRequest[" + method + " " + host + path + "]";
  }
}
