package io.duoctl.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.internal.SafePath;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One logical Duo API call, before encoding and signing: method, path, parameters, and optional
 * extras. Where the parameters travel (query, form body or JSON body) is decided by the transport
 * from the method and the signature version.
 *
 * @param method the HTTP method
 * @param path the path as sent on the wire, path segments already percent-encoded
 * @param params the parameters
 * @param jsonBody a JSON object sent as the body, for endpoints that take nested JSON (signature v5
 *     only, never on GET); on POST/PUT/PATCH the {@code params} (and a child account's {@code
 *     account_id}) are merged into it, on DELETE they stay in the query; empty for ordinary calls
 * @param xDuoHeaders extra {@code X-Duo-*} headers, sent and signed under v5; only names starting
 *     {@code X-Duo-}, so no caller header can collide with those the transport sets ({@code Date},
 *     {@code Authorization}, {@code Content-Type}, {@code User-Agent}, {@code Host})
 */
public record DuoRequest(
    HttpMethod method,
    String path,
    Params params,
    Optional<JsonNode> jsonBody,
    Map<String, String> xDuoHeaders) {

  private static final Pattern X_DUO_HEADER =
      Pattern.compile("x-duo-[a-z0-9-]+", Pattern.CASE_INSENSITIVE);

  public DuoRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(jsonBody, "jsonBody");
    xDuoHeaders = Map.copyOf(xDuoHeaders);
    Set<String> seen = new HashSet<>();
    for (String name : xDuoHeaders.keySet()) {
      if (!X_DUO_HEADER.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "header " + name + " is not an X-Duo-* header; the transport sets all other headers");
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("header " + name + " is given twice");
      }
    }
  }

  public static DuoRequest get(String path) {
    return of(HttpMethod.GET, path);
  }

  public static DuoRequest post(String path) {
    return of(HttpMethod.POST, path);
  }

  public static DuoRequest put(String path) {
    return of(HttpMethod.PUT, path);
  }

  public static DuoRequest delete(String path) {
    return of(HttpMethod.DELETE, path);
  }

  public static DuoRequest of(HttpMethod method, String path) {
    return new DuoRequest(method, path, Params.of(), Optional.empty(), Map.of());
  }

  /** This request with {@code name=value} added (replacing an earlier value). */
  public DuoRequest param(String name, String value) {
    return withParams(params.with(name, value));
  }

  /** This request with {@code name=value} added when {@code value} is not null. */
  public DuoRequest paramIfPresent(String name, Object value) {
    return withParams(params.withIfPresent(name, value));
  }

  /** This request with {@code more} merged into its parameters. */
  public DuoRequest params(Params more) {
    return withParams(params.withAll(more));
  }

  public DuoRequest withParams(Params newParams) {
    return new DuoRequest(method, path, newParams, jsonBody, xDuoHeaders);
  }

  public DuoRequest withJsonBody(JsonNode body) {
    return new DuoRequest(method, path, params, Optional.of(body), xDuoHeaders);
  }

  /** This request with the {@code X-Duo-*} header {@code name} set, replacing its earlier value. */
  public DuoRequest header(String name, String value) {
    Map<String, String> headers = new LinkedHashMap<>(xDuoHeaders);
    headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
    headers.put(name, value);
    return new DuoRequest(method, path, params, jsonBody, headers);
  }

  /** Method and path (directory keys redacted) only: parameters may carry secrets. */
  @Override
  public String toString() {
    return method + " " + SafePath.of(path);
  }
}
