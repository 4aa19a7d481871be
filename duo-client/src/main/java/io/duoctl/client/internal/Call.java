package io.duoctl.client.internal;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request on its way through the transport chain: the target, the logical request, once encoded
 * its wire form, and the headers the steps have added (Date, Authorization, X-Duo-*).
 */
record Call(
    DuoTarget target, DuoRequest request, Optional<WireRequest> wire, Map<String, String> headers) {

  Call {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(wire, "wire");
    headers = Map.copyOf(headers);
  }

  static Call of(DuoTarget target, DuoRequest request) {
    return new Call(target, request, Optional.empty(), Map.of());
  }

  Call withRequest(DuoRequest newRequest) {
    return new Call(target, newRequest, wire, headers);
  }

  Call withWire(WireRequest encoded) {
    return new Call(target, request, Optional.of(encoded), headers);
  }

  Call withHeaders(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putAll(more);
    return new Call(target, request, wire, all);
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
