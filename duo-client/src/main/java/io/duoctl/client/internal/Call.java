package io.duoctl.client.internal;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request on its way through the transport chain: the target, the logical request, once encoded
 * its wire form, the headers the steps have added (Date, Authorization, X-Duo-*), and the time
 * budget its attempts share.
 */
record Call(
    DuoTarget target,
    DuoRequest request,
    Optional<WireRequest> wire,
    Map<String, String> headers,
    CallBudget budget) {

  Call {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(wire, "wire");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(budget, "budget");
  }

  static Call of(DuoTarget target, DuoRequest request) {
    return of(target, request, CallBudget.unlimited());
  }

  static Call of(DuoTarget target, DuoRequest request, CallBudget budget) {
    return new Call(target, request, Optional.empty(), Map.of(), budget);
  }

  Call withRequest(DuoRequest newRequest) {
    return new Call(target, newRequest, wire, headers, budget);
  }

  Call withWire(WireRequest encoded) {
    return new Call(target, request, Optional.of(encoded), headers, budget);
  }

  Call withHeaders(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putAll(more);
    return new Call(target, request, wire, all, budget);
  }

  WireRequest requireWire() {
    return wire.orElseThrow(
        () -> new IllegalStateException("the encoding step must run before " + this));
  }

  /** The path safe to log or report. */
  String safePath() {
    return SafePath.of(request.path());
  }

  /** Method, host and redacted path; never headers or parameters. */
  @Override
  public String toString() {
    return request.method() + " " + target.host() + safePath();
  }
}
