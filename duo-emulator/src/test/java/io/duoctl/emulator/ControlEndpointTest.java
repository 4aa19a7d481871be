package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.Sleeper;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The /__emulator/ control API, guarded by the bearer token. */
class ControlEndpointTest {

  private DuoEmulator duo;
  private IntegrationKeys auth;
  private final List<Duration> slept = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    Sleeper noSleep = slept::add;
    duo = DuoEmulator.builder().sleeper(noSleep).build().start();
    Account account = duo.givenParentAccount("Acme");
    auth = duo.givenAuthApi(account);
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  private HttpResponse<String> control(String method, String path, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(duo.baseUrl() + "/__emulator/" + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return SignedCall.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(HttpResponse<String> response) throws IOException {
    return SignedCall.JSON.readTree(response.body());
  }

  @Test
  void withoutTheToken_isRefused() throws Exception {
    assertThat(control("GET", "state", null, null).statusCode()).isEqualTo(401);
    assertThat(control("GET", "state", null, "wrong-token-0000000").statusCode()).isEqualTo(401);
  }

  @Test
  void state_describesHostnamesAndKeys() throws Exception {
    JsonNode state = json(control("GET", "state", null, duo.controlToken()));

    JsonNode account = state.get("accounts").get(0);
    assertThat(state.get("base_url").asText()).isEqualTo(duo.baseUrl());
    assertThat(account.get("api_hostname").asText()).isEqualTo(auth.apiHostname());
    assertThat(account.get("integrations").get(0).get("secret_key").asText())
        .isEqualTo(auth.secretKey());
  }

  @Test
  void faults_postedAtRunTime_hitTheNextRequests() throws Exception {
    HttpResponse<String> posted =
        control(
            "POST",
            "faults",
            "{\"fault\":\"status\",\"status\":502,\"path\":\"/auth/*\",\"count\":1}",
            duo.controlToken());

    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(SignedCall.get(duo, auth, "/auth/v2/check").send().status()).isEqualTo(502);
    assertThat(SignedCall.get(duo, auth, "/auth/v2/check").send().status()).isEqualTo(200);
  }

  @Test
  void faults_unknownKind_is400NamingTheChoices() throws Exception {
    HttpResponse<String> posted =
        control("POST", "faults", "{\"fault\":\"explode\"}", duo.controlToken());

    assertThat(posted.statusCode()).isEqualTo(400);
    assertThat(posted.body())
        .contains("status, disconnect, slow_body, rate_limit, delay or slow_answer");
  }

  @Test
  void faults_slowAnswer_servesTheRequestThenHoldsTheAnswer() throws Exception {
    HttpResponse<String> posted =
        control(
            "POST",
            "faults",
            "{\"fault\":\"slow_answer\",\"delay_ms\":250,\"path\":\"/auth/*\",\"count\":1}",
            duo.controlToken());

    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(duo.faults().rules())
        .singleElement()
        .satisfies(
            rule -> assertThat(rule.fault()).isEqualTo(Fault.slowAnswer(Duration.ofMillis(250))));
    assertThat(SignedCall.get(duo, auth, "/auth/v2/check").send().status()).isEqualTo(200);
    assertThat(slept).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void latency_isSetAndRead() throws Exception {
    control("PUT", "latency", "{\"fixed_ms\":120,\"jitter_ms\":30}", duo.controlToken());

    assertThat(duo.faults().latency().fixed()).isEqualTo(Duration.ofMillis(120));
    assertThat(json(control("GET", "latency", null, duo.controlToken())).get("jitter_ms").asInt())
        .isEqualTo(30);
  }

  @Test
  void requests_areListedAndCleared() throws Exception {
    SignedCall.get(duo, auth, "/auth/v2/check").param("a", "1").send();

    JsonNode listed = json(control("GET", "requests", null, duo.controlToken()));
    control("DELETE", "requests", null, duo.controlToken());

    assertThat(listed.get(0).get("path").asText()).isEqualTo("/auth/v2/check");
    assertThat(listed.get(0).get("params").get("a").get(0).asText()).isEqualTo("1");
    assertThat(duo.requests().count()).isZero();
  }

  @Test
  void rateLimits_areReplaced() throws Exception {
    control("PUT", "rate_limits", "{\"logs\":5}", duo.controlToken());

    assertThat(duo.rateLimits().limitOf(RateClass.LOGS)).isEqualTo(5);
    assertThat(duo.rateLimits().limitOf(RateClass.MODIFY)).isZero();
  }

  @Test
  void rateLimitScope_isSetAndRead() throws Exception {
    HttpResponse<String> set =
        control("PUT", "rate_limit_scope", "{\"scope\":\"account\"}", duo.controlToken());

    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(duo.rateLimitScope()).isEqualTo(RateLimitScope.ACCOUNT);
    assertThat(control("GET", "rate_limit_scope", null, duo.controlToken()).body())
        .contains("\"scope\":\"account\"");
  }

  @Test
  void rateLimitScope_unknown_is400NamingTheChoices() throws Exception {
    HttpResponse<String> bad =
        control("PUT", "rate_limit_scope", "{\"scope\":\"tenant\"}", duo.controlToken());

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("integration or account");
    assertThat(duo.rateLimitScope()).isEqualTo(RateLimitScope.INTEGRATION);
  }

  @Test
  void clock_isAdvanced() throws Exception {
    var before = duo.clock().instant();

    control("POST", "clock", "{\"advance_seconds\":600}", duo.controlToken());

    assertThat(duo.clock().instant()).isAfterOrEqualTo(before.plusSeconds(600));
  }
}
