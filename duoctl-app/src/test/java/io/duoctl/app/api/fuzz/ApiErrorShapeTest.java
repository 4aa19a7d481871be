package io.duoctl.app.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.fuzz.RawHttp.Response;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer under /api/ is JSON in the error shape with nosniff, also for what the web server
 * refuses before duoctl sees it; the console keeps its own pages.
 */
@Tag("slow")
class ApiErrorShapeTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  RawHttp http;

  @BeforeEach
  void start() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Acme"));
    http = new RawHttp(api.server.baseUri());
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/organizations/%ZZ",
        "/api/v1/organizations/%00",
        "/api/v1/organizations/%ff",
        "/api/v1/organizations/a<b",
        "/api/v1/organizations/%2e%2e/%2e%2e/x",
        "/api/v1/%2F%2F",
        "/api/v1/organizations/a%5Cb",
        "/api/v1/organizations/;x=1",
        "/api/v1/organizations/a\\b",
        "/api/../api/v1/organizations"
      })
  void aPathTheWebServerRefuses_isAJsonErrorWithNosniff(String path) {
    Response reply = http.send("GET", path, bearer(api.readToken), null);

    assertJsonError(reply);
  }

  @Test
  void invalidUtf8InThePath_isAJsonError() {
    byte[] target = "/api/v1/organizations/\u00c3(x".getBytes(StandardCharsets.ISO_8859_1);

    Response reply = http.send("GET", target, bearer(api.readToken), null);

    assertJsonError(reply);
  }

  @Test
  void anUnknownMethod_isAJsonError() {
    Response reply = http.send("BREW", "/api/v1/organizations", bearer(api.readToken), null);

    assertJsonError(reply);
  }

  @Test
  void successAndRefusals_underApi_carryNosniff() {
    assertThat(http.send("GET", "/api/v1/organizations", bearer(api.readToken), null))
        .satisfies(r -> assertThat(r.status()).isEqualTo(200))
        .satisfies(r -> assertThat(r.header("X-Content-Type-Options")).hasValue("nosniff"));
    assertJsonError(http.send("GET", "/api/v1/organizations", Map.of(), null));
    assertJsonError(http.send("GET", "/api/v1/nothing", bearer(api.readToken), null));
  }

  @Test
  void aBadPathOutsideTheApi_keepsTheServersPage() {
    Response reply = http.send("GET", "/console/a<b", Map.of(), null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Content-Type").orElse("")).doesNotContain("json");
  }

  static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  static void assertJsonError(Response reply) {
    assertThat(reply.status()).as(reply.text()).isBetween(400, 499);
    assertThat(reply.header("Content-Type").orElse("")).startsWith("application/json");
    assertThat(reply.header("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(reply.json().path("error").path("code").isTextual()).as(reply.text()).isTrue();
    assertThat(reply.json().path("error").path("message").isTextual()).as(reply.text()).isTrue();
  }
}
