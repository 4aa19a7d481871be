package io.duoctl.core.actions;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.http.HttpMethod;
import io.duoctl.client.http.Transport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transport of a dry-run: reads (GETs and Duo's read-only POSTs) go to Duo so lookups still
 * resolve; every other request is recorded as the real transport would send it (the target's {@code
 * account_id} bound in by {@link DuoTarget#bind}, a conflicting one refused the same way), secrets
 * redacted, and answered with a synthetic success without leaving the machine. One instance per
 * run; thread-safe.
 */
final class DryRunTransport implements Transport {

  private static final Set<String> READ_ONLY_POSTS = Set.of("/accounts/v1/account/list");

  /**
   * What a planned create answers: placeholder ids, so a handler that goes on to use the new
   * object's id (create a phone, then attach it) plans its next request too.
   */
  private static final String PLACEHOLDER_OBJECT =
      "{\"user_id\":\"new-user\",\"phone_id\":\"new-phone\",\"group_id\":\"new-group\","
          + "\"token_id\":\"new-token\",\"admin_id\":\"new-admin\"}";

  private final Transport real;
  private final List<PlannedRequest> planned = new ArrayList<>();

  DryRunTransport(Transport real) {
    this.real = real;
  }

  @Override
  public DuoResponse send(DuoTarget target, DuoRequest request) {
    if (request.method() == HttpMethod.GET || READ_ONLY_POSTS.contains(request.path())) {
      return real.send(target, request);
    }
    DuoRequest sent = target.bind(request);
    Map<String, List<String>> params = new LinkedHashMap<>();
    sent.params()
        .asMap()
        .forEach(
            (name, values) ->
                params.put(
                    name,
                    Redaction.SECRET_PARAMETERS.contains(name)
                        ? List.of(Redaction.REDACTED)
                        : values));
    synchronized (planned) {
      planned.add(
          new PlannedRequest(
              request.method().name(),
              target.host(),
              Redaction.path(request.path()),
              params,
              sent.jsonBody()
                  .map(body -> Redaction.fields(body, Redaction.SECRET_PARAMETERS))
                  .orElse(null)));
    }
    String body =
        "{\"stat\":\"OK\",\"response\":"
            + (request.path().endsWith("/bypass_codes") ? "[]" : PLACEHOLDER_OBJECT)
            + "}";
    return new DuoResponse(
        200,
        Map.of("content-type", List.of("application/json")),
        body.getBytes(StandardCharsets.UTF_8));
  }

  List<PlannedRequest> planned() {
    synchronized (planned) {
      return List.copyOf(planned);
    }
  }
}
