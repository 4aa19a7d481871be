package io.duoctl.app.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generated emulator MSP (customers of 40 users) with duoctl configured against it through the
 * emulator's proxy, every child imported and mapped, and the REST server on a free port; runs
 * reports over real HTTP with a read token. The emulator is started here rather than by
 * DuoEmulatorExtension, which resets a class's emulator after every test: the MSP is made once for
 * a test class and must outlive each test.
 */
final class ReportsMsp implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final DuoEmulator duo;

  /** The MSP parent account of the generated fixture, as JSON (its children under children). */
  final JsonNode fixture;

  final Duoctl duoctl;
  final WebServer server;
  private final String token;

  ReportsMsp(Path dataDir, int customers, long seed) {
    duo = DuoEmulator.builder().seed(seed).rateLimits(RateLimits.none()).build().start();
    Fixture generated = Fixture.generate(customers, 40, seed);
    generated.applyTo(duo.world());
    fixture = generated.json().path("accounts").get(0);
    JsonNode accountsApi = fixture.path("integrations").get(0);
    Clock clock = Clock.systemUTC();
    duoctl =
        Duoctl.start(
            new AppConfig(dataDir, null, null, null, null, "cli:tester"),
            clock,
            new DuoClientFactory(clock, wait -> {}));
    MspApi.configure(
        duoctl,
        duo,
        "default",
        fixture.path("api_hostname").asText(),
        accountsApi.path("integration_key").asText(),
        accountsApi.path("secret_key").asText());
    token =
        duoctl
            .apiTokens()
            .create("reader", ApiScope.READ, Optional.empty(), "cli:tester")
            .plaintext();
    server = WebServer.forDuoctl(duoctl, WebServerOptions.defaults().withPort(0));
  }

  /**
   * A customer's users counted from the fixture itself: every user, then by status (active, bypass,
   * disabled, locked out, pending deletion), then those with a phone (enrolled).
   */
  static long[] userCounts(JsonNode customer) {
    long[] c = new long[7];
    for (JsonNode user : customer.path("users")) {
      c[0]++;
      switch (user.path("status").asText()) {
        case "active" -> c[1]++;
        case "bypass" -> c[2]++;
        case "disabled" -> c[3]++;
        case "locked out" -> c[4]++;
        default -> c[5]++;
      }
      c[6] += user.path("phones").isEmpty() ? 0 : 1;
    }
    return c;
  }

  /** The customers (child accounts) of the fixture. */
  JsonNode customers() {
    return fixture.path("children");
  }

  /**
   * {@code POST /api/v1/reports/{report}/runs?format=...} with {@code body}: the answer's bytes.
   */
  byte[] runBytes(String report, String format, String body) {
    return send("POST", "/api/v1/reports/" + report + "/runs?format=" + format, body, 200);
  }

  /**
   * {@code method path} with {@code body} (null: none) and the read token: the answer's text, after
   * asserting its status.
   */
  String call(String method, String path, String body, int status) {
    return new String(send(method, path, body, status), StandardCharsets.UTF_8);
  }

  private byte[] send(String method, String path, String body, int status) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(server.baseUri() + path))
              .header("Authorization", "Bearer " + token);
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode())
          .as(new String(response.body(), StandardCharsets.UTF_8))
          .isEqualTo(status);
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@link #runBytes} as UTF-8 text. */
  String run(String report, String format, String body) {
    return new String(runBytes(report, format, body), StandardCharsets.UTF_8);
  }

  /** The items of a JSON array or of JSON lines. */
  static List<JsonNode> items(String text) throws IOException {
    List<JsonNode> items = new ArrayList<>();
    if (text.startsWith("[")) {
      JSON.readTree(text).forEach(items::add);
    } else {
      for (String line : text.lines().toList()) {
        items.add(JSON.readTree(line));
      }
    }
    return items;
  }

  @Override
  public void close() {
    server.close();
    duoctl.close();
    duo.close();
  }
}
