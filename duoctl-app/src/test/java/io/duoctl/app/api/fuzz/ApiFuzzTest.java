package io.duoctl.app.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.ApiErrorCode;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.fuzz.FuzzRequests.FuzzRequest;
import io.duoctl.app.api.fuzz.RawHttp.Response;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes every route of the served OpenAPI document with generated hostile requests ({@link
 * FuzzRequests}) over raw HTTP: no answer is a 5xx, and every error under /api/ is JSON in the
 * documented shape with nosniff. Size and seed: {@code -Dduoctl.fuzz.requests=3000} (default
 * {@value #DEFAULT_REQUESTS}, for CI) and {@code -Dduoctl.fuzz.seed=...}.
 */
@Tag("slow")
class ApiFuzzTest {
  static final int DEFAULT_REQUESTS = 400;
  static final long DEFAULT_SEED = 20261207L;

  private static final Set<String> ERROR_CODES =
      Arrays.stream(ApiErrorCode.values()).map(ApiErrorCode::code).collect(Collectors.toSet());

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;

  @BeforeEach
  void start() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Acme", "Globex"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void everyRoute_underHostileRequests_answersWithoutA5xx_andErrorsInTheDocumentedShape() {
    int size = Integer.getInteger("duoctl.fuzz.requests", DEFAULT_REQUESTS);
    long seed = Long.getLong("duoctl.fuzz.seed", DEFAULT_SEED);
    String admin = api.token("fuzz-admin", ApiScope.ADMIN);
    JsonNode document = api.get("/api/openapi.json", admin).json();
    List<OpenApiRoutes.Route> routes = OpenApiRoutes.of(document);
    FuzzRequests generator = new FuzzRequests(seed, document);
    RawHttp http = new RawHttp(api.server.baseUri());
    Map<Integer, Integer> byStatus = new TreeMap<>();
    Map<String, Integer> byMutation = new TreeMap<>();
    Set<String> covered = new LinkedHashSet<>();
    List<String> failures = new ArrayList<>();

    long started = System.nanoTime();
    for (int i = 0; i < size; i++) {
      OpenApiRoutes.Route route = routes.get(i % routes.size());
      FuzzRequest request = generator.next(route, admin);
      Response reply =
          http.send(request.method(), request.target(), request.headers(), request.body());
      byStatus.merge(reply.status(), 1, Integer::sum);
      byMutation.merge(request.mutation(), 1, Integer::sum);
      covered.add(route.toString());
      String problem = problem(route, request, reply);
      if (problem != null) {
        failures.add(
            "#"
                + i
                + " "
                + request.mutation()
                + " "
                + request.method()
                + " "
                + request.targetText()
                + " -> "
                + reply.status()
                + ": "
                + problem
                + " | "
                + reply.text().substring(0, Math.min(300, reply.text().length())));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    System.out.printf(
        "FUZZ requests=%d routes=%d seed=%d seconds=%.1f byStatus=%s byMutation=%s failures=%d%n",
        size, covered.size(), seed, seconds, byStatus, byMutation, failures.size());
    failures.stream().limit(40).forEach(f -> System.out.println("FUZZ FAILURE " + f));
    assertThat(failures).as("requests breaking the contract").isEmpty();
    assertThat(covered).hasSize(Math.min(size, routes.size()));
  }

  /** What is wrong with {@code reply}, or null. */
  private static String problem(OpenApiRoutes.Route route, FuzzRequest request, Response reply) {
    if (reply.status() >= 500) {
      return "5xx";
    }
    boolean underApi =
        new String(request.target(), java.nio.charset.StandardCharsets.ISO_8859_1)
            .startsWith("/api/");
    if (!underApi) {
      return null;
    }
    if (!reply.header("X-Content-Type-Options").orElse("").equals("nosniff")) {
      return "no nosniff";
    }
    if (reply.status() < 400 || request.method().equals("HEAD")) {
      return null;
    }
    if (!reply.header("Content-Type").orElse("").startsWith("application/json")) {
      return "error not JSON";
    }
    JsonNode error = reply.json().path("error");
    if (!error.path("code").isTextual() || !error.path("message").isTextual()) {
      return "error without code and message";
    }
    boolean runResult = reply.json().has("ok") && route.template().endsWith("/run");
    if (!runResult && !ERROR_CODES.contains(error.path("code").asText())) {
      return "undocumented code " + error.path("code").asText();
    }
    for (JsonNode field : error.path("fields")) {
      if (!field.path("field").isTextual() || !field.path("message").isTextual()) {
        return "a fields entry without field and message";
      }
    }
    return null;
  }
}
