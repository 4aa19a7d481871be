package io.duoctl.app.api.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over real HTTP against the emulator: every API answer says in {@code Server-Timing} how long its
 * Duo calls took and how long it took in all, and nothing else.
 */
@Tag("slow")
class ServerTimingApiTest {

  private static final Pattern TIMING =
      Pattern.compile("duo;dur=(\\d+\\.\\d{3}), total;dur=(\\d+\\.\\d{3})");

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void msp() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Acme"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> send(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.server.baseUri() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(MspApi.json(body)))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static double[] timing(HttpResponse<String> response) {
    String header = response.headers().firstValue("Server-Timing").orElseThrow();
    Matcher m = TIMING.matcher(header);
    assertThat(m.matches()).as("only the two durations: %s", header).isTrue();
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }

  @Test
  void run_reportsTheDuoCallsTime_withinTheTotal() throws Exception {
    duo.faults()
        .add(new FaultRule("GET", "/admin/v1/users", 1.0, 1, Fault.delay(Duration.ofMillis(300))));

    HttpResponse<String> run =
        send("POST", "/api/v1/actions/users.list/run", api.readToken, "{'organization': 'Acme'}");

    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    double[] ms = timing(run);
    assertThat(ms[0]).as("the emulator held the call 300 ms").isGreaterThanOrEqualTo(300);
    assertThat(ms[1]).isGreaterThanOrEqualTo(ms[0]);
  }

  @Test
  void routesWithoutDuoCalls_andRefusals_reportNoDuoTime() throws Exception {
    HttpResponse<String> catalog = send("GET", "/api/v1/actions", api.readToken, null);
    HttpResponse<String> refused = send("GET", "/api/v1/actions", "duoctl_wrong", null);

    assertThat(catalog.statusCode()).isEqualTo(200);
    assertThat(timing(catalog)[0]).isZero();
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(timing(refused)[0]).isZero();
  }

  @Test
  void header_neverCarriesTheTokenOrKeys() throws Exception {
    HttpResponse<String> run =
        send(
            "POST",
            "/api/v1/actions/users.get/run",
            api.runToken,
            "{'organization': 'Acme', 'input': {'user': 'nobody'}}");

    String header = run.headers().firstValue("Server-Timing").orElseThrow();
    assertThat(header).doesNotContain(api.runToken).doesNotContain("duoctl_").doesNotContain("DI");
    timing(run);
  }
}
