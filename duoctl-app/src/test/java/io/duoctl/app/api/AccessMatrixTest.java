package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API's access matrix: every operation × {no token, read, run, admin}. Without a token
 * every operation is 401; a token below the documented scope gets 403; the others get past the
 * check. A signed operation (a webhook delivery) takes no token: unsigned, it is 401 with any token
 * or none. The operations are enumerated from the route table, so a new one is covered at once.
 */
@Tag("slow")
class AccessMatrixTest {
  private static final String NOPE = "matrix-nope";

  /** One request and the least scope that gets past the checks (null: no token ever does). */
  private record Probe(ApiMethod method, String path, String body, ApiScope needs) {
    @Override
    public String toString() {
      return method + " " + path + (body == null ? "" : " " + body);
    }
  }

  @TempDir Path dataDir;
  ApiHarness api;
  final Map<ApiScope, String> tokens = new EnumMap<>(ApiScope.class);

  @BeforeEach
  void tokensOfEveryScope() {
    api = new ApiHarness(dataDir);
    for (ApiScope scope : ApiScope.values()) {
      tokens.put(scope, api.token("matrix-" + scope.wireName(), scope));
    }
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void everyOperation_admitsExactlyTheDocumentedScopes() {
    List<Probe> probes = probes();
    assertThat(probes).hasSizeGreaterThan(50);

    for (Probe probe : probes) {
      ApiHarness.Reply anonymous = send(probe, null);
      assertThat(anonymous.status()).as("no token: " + probe).isEqualTo(401);
      for (ApiScope scope : ApiScope.values()) {
        ApiHarness.Reply reply = send(probe, tokens.get(scope));
        String what = scope.wireName() + ": " + probe + " -> " + reply.text();
        if (probe.needs() == null) {
          assertThat(reply.status()).as(what).isEqualTo(401);
        } else if (scope.includes(probe.needs())) {
          assertThat(reply.status()).as(what).isNotIn(401, 403);
        } else {
          assertThat(reply.status()).as(what).isEqualTo(403);
          assertThat(reply.code()).as(what).isEqualTo("forbidden");
        }
      }
    }
  }

  @Test
  void aReadToken_changesNothing_throughAnyOperation() {
    long auditBefore = api.duoctl.audit().find(io.duoctl.core.audit.AuditQuery.all()).total();

    for (Probe probe : probes()) {
      if (probe.needs() == null || !ApiScope.READ.includes(probe.needs())) {
        send(probe, tokens.get(ApiScope.READ));
      }
    }

    assertThat(api.duoctl.audit().find(io.duoctl.core.audit.AuditQuery.all()).total())
        .isEqualTo(auditBefore);
    assertThat(api.duoctl.jobs().recent(0, 10)).isEmpty();
    assertThat(api.duoctl.settings().list()).isEmpty();
    assertThat(api.duoctl.apiTokens().list()).hasSize(3);
  }

  /**
   * One probe per operation with its declared scope; the routes that run a caller-chosen action
   * (generic run, jobs) also with a changing action, which needs run whatever the route declares;
   * and the metrics scrape, which needs read.
   */
  private List<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    for (ApiRoute route : DuoctlApi.routes(api.duoctl).all()) {
      String path = route.path().replaceAll("\\{[^}]+}", NOPE);
      String body = route.requestSchema() == null ? null : "{}";
      switch (route.operationId()) {
        case "runAction" -> {
          String run = "/api/v1/actions/%s/run";
          String org = "{\"organization\": \"" + NOPE + "\"";
          probes.add(
              new Probe(
                  route.method(),
                  run.formatted("users.create"),
                  org + ", \"input\": {\"username\": \"jdoe\"}}",
                  ApiScope.RUN));
          probes.add(
              new Probe(route.method(), run.formatted("users.list"), org + "}", ApiScope.READ));
        }
        case "createJob" -> {
          String job = "{\"organizations\": [\"" + NOPE + "\"], \"action\": ";
          probes.add(
              new Probe(
                  route.method(),
                  path,
                  job + "\"users.create\", \"input\": {\"username\": \"jdoe\"}}",
                  ApiScope.RUN));
          probes.add(new Probe(route.method(), path, job + "\"users.list\"}", ApiScope.READ));
        }
        default ->
            probes.add(
                new Probe(
                    route.method(),
                    path,
                    body,
                    route.authentication() == ApiRoute.Authentication.SIGNATURE
                        ? null
                        : route.scope()));
      }
    }
    // not an operation of the document, but behind the same token check
    probes.add(new Probe(ApiMethod.GET, "/metrics", null, ApiScope.READ));
    return probes;
  }

  private ApiHarness.Reply send(Probe probe, String token) {
    return api.send(probe.method().name(), probe.path(), token, probe.body(), "application/json");
  }
}
