package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Exchange;
import io.duoctl.client.http.ExchangeObserver;
import io.duoctl.client.http.HttpMethod;
import io.duoctl.client.testing.ManualTime;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What an exchange observer hears of each attempt, on a real server. */
@Tag("slow")
class ExchangeObserverOverHttpTest {

  RecordingServer server;
  ManualTime time = new ManualTime(Instant.parse("2024-03-14T15:00:00Z"));
  List<Exchange> heard = new CopyOnWriteArrayList<>();
  List<Exchange> heardToo = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  DuoClient client() {
    return DuoClient.builder()
        .allowPlainHttp(true)
        .clock(time)
        .sleeper(time)
        .retryPolicy(RetryPolicy.duoDefault())
        .exchangeObserver(heard::add)
        .build();
  }

  @Test
  void observer_hearsEachAttempt_withItsStatus_andWhichAttemptItWas() {
    server.enqueue(Reply.fail(429, 42901, "Too Many Requests")).enqueue(Reply.ok("{}"));
    try (DuoClient duo = client()) {
      duo.apiClient(DuoTarget.of(server.host(), "DIXXXXXXXXXXXXXXXXXX", "secret-key-0123456789"))
          .call(DuoRequest.get("/admin/v1/users").param("username", "jdoe"));
    }

    assertThat(heard)
        .extracting(Exchange::method, Exchange::path, Exchange::status, Exchange::attempt)
        .containsExactly(
            tuple(HttpMethod.GET, "/admin/v1/users", 429, 1),
            tuple(HttpMethod.GET, "/admin/v1/users", 200, 2));
    assertThat(heard).extracting(Exchange::retry).containsExactly(false, true);
    assertThat(heard).allSatisfy(e -> assertThat(e.took().isNegative()).isFalse());
  }

  @Test
  void observer_hearsNoAnswer_asStatus0_andNeverASecretOfThePath() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    DuoTarget nowhere = DuoTarget.of("127.0.0.1:" + closedPort, "DIXXXXXXXXXXXXXXXXXX", "s");
    ExchangeObserver first = heard::add;
    ExchangeObserver both = first.andThen(heardToo::add);
    try (DuoClient duo =
        DuoClient.builder()
            .allowPlainHttp(true)
            .clock(time)
            .sleeper(time)
            .retryPolicy(RetryPolicy.noRetries())
            .exchangeObserver(both)
            .build()) {
      assertThatThrownBy(
              () ->
                  duo.apiClient(nowhere)
                      .call(
                          DuoRequest.post("/admin/v1/users/directorysync/DDKEYSECRET123/syncuser")))
          .isInstanceOf(DuoConnectionException.class);
    }

    assertThat(heard).singleElement().satisfies(e -> assertThat(e.answered()).isFalse());
    assertThat(heard.get(0).status()).isZero();
    assertThat(heard.get(0).path()).doesNotContain("DDKEYSECRET123").contains("directorysync");
    assertThat(heardToo).containsExactlyElementsOf(heard);
  }
}
