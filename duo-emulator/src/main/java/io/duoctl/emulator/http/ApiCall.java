package io.duoctl.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One authenticated, authorized API call as a handler sees it.
 *
 * @param account the account the call acts on: the integration's own account, or for Accounts API
 *     keys on {@code /admin/*} the child named by {@code account_id}; for unsigned routes the
 *     account of the Host header, or null if the host names none
 * @param integration the integration whose keys signed the call; null for unsigned routes
 * @param method the upper-case HTTP method
 * @param path the path as sent on the wire (still percent-encoded)
 * @param pathVariables the decoded values of the route pattern's {@code {name}} segments
 * @param params query, form-body and JSON-body parameters merged in that order; JSON values that
 *     are not strings appear as their JSON text ({@code true}, {@code 5}, {@code ["a"]})
 * @param json the parsed JSON body, or null when the body was not JSON
 * @param now the emulator's clock when the call arrived
 */
public record ApiCall(
    Account account,
    Integration integration,
    String method,
    String path,
    Map<String, String> pathVariables,
    Params params,
    JsonNode json,
    Instant now) {

  public ApiCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    pathVariables = Map.copyOf(pathVariables);
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(now, "now");
  }

  /** The first value of parameter {@code name}. */
  public Optional<String> param(String name) {
    return params.first(name);
  }

  /** All values of parameter {@code name} in wire order. */
  public List<String> paramValues(String name) {
    return params.all(name);
  }

  /**
   * The first value of parameter {@code name}.
   *
   * @throws DuoError 400 40002 naming the parameter when it is absent or blank
   */
  public String requiredParam(String name) {
    return param(name).filter(v -> !v.isBlank()).orElseThrow(() -> DuoError.invalidParameter(name));
  }

  /**
   * The decoded value of the route's {@code {name}} segment.
   *
   * @throws IllegalArgumentException if the route has no such variable (a programming error)
   */
  public String pathVariable(String name) {
    String value = pathVariables.get(name);
    if (value == null) {
      throw new IllegalArgumentException("route has no path variable {" + name + "}");
    }
    return value;
  }

  /** The parsed JSON body, if the body was JSON. */
  public Optional<JsonNode> jsonBody() {
    return Optional.ofNullable(json);
  }

  /**
   * The account the call acts on.
   *
   * @throws DuoError 404 when an unsigned call's host names no account
   */
  public Account requireAccount() {
    if (account == null) {
      throw DuoError.notFound();
    }
    return account;
  }
}
