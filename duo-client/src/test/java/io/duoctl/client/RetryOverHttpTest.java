package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.HttpMethod;
import io.duoctl.client.http.Transport;
import io.duoctl.client.testing.ManualTime;
import io.duoctl.client.testing.RecordedRequest;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Back-off and resend rules, observed on a real server and the injected sleeper. */
@Tag("slow")
class RetryOverHttpTest {

  static final Reply TOO_MANY = Reply.fail(429, 42901, "Too Many Requests");

  RecordingServer server;
  ManualTime time = new ManualTime(Instant.parse("2024-03-14T15:00:00Z"));

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  DuoClient client(RetryPolicy policy) {
    return client(policy, Duration.ofSeconds(10));
  }

  DuoClient client(RetryPolicy policy, Duration requestTimeout) {
    return DuoClient.builder()
        .allowPlainHttp(true)
        .clock(time)
        .sleeper(time)
        .jitter(() -> 0.123)
        .retryPolicy(policy)
        .requestTimeout(requestTimeout)
        .build();
  }

  DuoTarget target() {
    return DuoTarget.of(server.host(), "DIXXXXXXXXXXXXXXXXXX", "secret-key-0123456789");
  }

  static List<Duration> seconds(double... values) {
    return java.util.Arrays.stream(values)
        .mapToObj(s -> Duration.ofMillis(Math.round(s * 1000)))
        .toList();
  }

  @Test
  void send_on429Always_backsOff1To32SecondsPlusJitterThenThrowsRateLimited() {
    server.dispatch(request -> TOO_MANY);
    try (DuoClient duo = client(RetryPolicy.duoDefault())) {
      assertThatThrownBy(() -> duo.apiClient(target()).call(DuoRequest.get("/admin/v1/users")))
          .isInstanceOfSatisfying(
              DuoRateLimitedException.class,
              e -> {
                assertThat(e.status()).isEqualTo(429);
                assertThat(e.code()).hasValue(42901);
                assertThat(e.duoMessage()).contains("Too Many Requests");
              });
    }
    assertThat(time.sleeps()).isEqualTo(seconds(1.123, 2.123, 4.123, 8.123, 16.123, 32.123));
    assertThat(server.requests()).hasSize(7);
  }

  @Test
  void send_on429ThenOk_waitsOnceAndSucceeds_forAPostToo() {
    server.enqueue(TOO_MANY).enqueue(Reply.ok("{\"done\":true}"));
    try (DuoClient duo = client(RetryPolicy.duoDefault())) {
      assertThat(
              duo.apiClient(target())
                  .call(DuoRequest.post("/admin/v1/users").param("username", "x"))
                  .path("done")
                  .asBoolean())
          .isTrue();
    }
    assertThat(time.sleeps()).isEqualTo(seconds(1.123));
    List<RecordedRequest> requests = server.requests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).bodyText()).isEqualTo(requests.get(0).bodyText());
    assertThat(requests.get(1).header("date"))
        .as("each attempt is signed afresh")
        .isNotEqualTo(requests.get(0).header("date"));
    assertThat(requests.get(1).header("authorization"))
        .isNotEqualTo(requests.get(0).header("authorization"));
  }

  @Test
  void send_withSmallerMaxBackoff_stopsEarlier_andZeroDisablesRetries() {
    server.dispatch(request -> TOO_MANY);
    try (DuoClient duo = client(RetryPolicy.duoDefault().withMaxBackoff(Duration.ofSeconds(4)))) {
      assertThatThrownBy(() -> duo.apiClient(target()).call(DuoRequest.get("/x")))
          .isInstanceOf(DuoRateLimitedException.class);
    }
    assertThat(time.sleeps()).isEqualTo(seconds(1.123, 2.123, 4.123));
    assertThat(server.requests()).hasSize(4);

    try (DuoClient duo = client(RetryPolicy.noRetries())) {
      assertThatThrownBy(() -> duo.apiClient(target()).call(DuoRequest.get("/x")))
          .isInstanceOf(DuoRateLimitedException.class);
    }
    assertThat(server.requests()).hasSize(5);
    assertThat(time.sleeps()).hasSize(3);
  }

  @Test
  void send_honoursRetryAfterSeconds() {
    server.enqueue(TOO_MANY.withHeader("Retry-After", "7")).enqueue(Reply.ok("{}"));
    try (DuoClient duo = client(RetryPolicy.duoDefault())) {
      duo.apiClient(target()).call(DuoRequest.get("/admin/v1/users"));
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void send_honoursRetryAfterHttpDate() {
    server
        .enqueue(TOO_MANY.withHeader("Retry-After", "Thu, 14 Mar 2024 15:00:12 GMT"))
        .enqueue(Reply.ok("{}"));
    try (DuoClient duo = client(RetryPolicy.duoDefault())) {
      duo.apiClient(target()).call(DuoRequest.get("/admin/v1/users"));
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void send_givesUpAtOnceWhenRetryAfterExceedsTheLongestWait() {
    server.enqueue(TOO_MANY.withHeader("Retry-After", "120"));
    try (DuoClient duo = client(RetryPolicy.duoDefault())) {
      assertThatThrownBy(() -> duo.apiClient(target()).call(DuoRequest.get("/admin/v1/users")))
          .isInstanceOf(DuoRateLimitedException.class);
    }
    assertThat(time.sleeps()).isEmpty();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void get_retriedOn5xxThenSucceeds() {
    server
        .enqueue(Reply.fail(503, 50301, "Service Unavailable"))
        .enqueue(Reply.text(502, "text/html", "<html>Bad Gateway</html>"))
        .enqueue(Reply.ok("[1]"));
    try (DuoClient duo = client(RetryPolicy.duoDefault())) {
      assertThat(duo.apiClient(target()).call(DuoRequest.get("/admin/v1/users")).size())
          .isEqualTo(1);
    }
    assertThat(time.sleeps()).isEqualTo(seconds(1.123, 2.123));
    assertThat(server.requests()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(
      value = HttpMethod.class,
      names = {"POST", "PUT", "PATCH", "DELETE"})
  void nonGet_notResentOn5xx(HttpMethod method) {
    server.enqueue(Reply.fail(500, 50000, "Internal Server Error"));
    try (DuoClient duo = client(RetryPolicy.duoDefault())) {
      assertThatThrownBy(
              () ->
                  duo.apiClient(target())
                      .call(DuoRequest.of(method, "/admin/v1/users/DU1").param("notes", "x")))
          .isInstanceOf(DuoServerException.class);
    }
    assertThat(server.requests()).hasSize(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void get_on503Always_stopsWhenTheNextWaitWouldPassTheDeadline_andReportsTheAttempts() {
    server.dispatch(request -> Reply.fail(503, 50300, "Service Unavailable"));
    try (DuoClient duo = client(RetryPolicy.duoDefault())) {
      Transport quick = duo.transport(Duration.ofSeconds(25));
      assertThatThrownBy(
              () -> new ApiClient(quick, target()).call(DuoRequest.get("/admin/v1/users")))
          .isInstanceOfSatisfying(
              DuoServerException.class,
              e -> {
                assertThat(e.attempts()).isEqualTo(5);
                assertThat(e.deadlineReached()).isTrue();
                assertThat(e.spent()).isEqualTo(Duration.ofMillis(15_492));
                assertThat(e.getMessage())
                    .contains("503 50300")
                    .contains("after 5 attempts in 15.4 s")
                    .contains("deadline");
              });
    }
    assertThat(time.sleeps()).isEqualTo(seconds(1.123, 2.123, 4.123, 8.123));
    assertThat(server.requests()).hasSize(5);
  }

  @Test
  void call_onTheClientsDeadline_keepsDuosBackOffInside() {
    server.dispatch(request -> TOO_MANY);
    try (DuoClient duo =
        DuoClient.builder()
            .allowPlainHttp(true)
            .clock(time)
            .sleeper(time)
            .jitter(() -> 0.123)
            .callDeadline(Duration.ofSeconds(10))
            .build()) {
      assertThatThrownBy(() -> duo.apiClient(target()).call(DuoRequest.post("/admin/v1/users")))
          .isInstanceOfSatisfying(
              DuoRateLimitedException.class, e -> assertThat(e.attempts()).isEqualTo(4));
    }
    assertThat(time.sleeps()).isEqualTo(seconds(1.123, 2.123, 4.123));
  }

  @Test
  void attempt_waitsNoLongerThanWhatIsLeftOfTheDeadline() {
    server.enqueue(Reply.ok("{}").delayedBy(Duration.ofSeconds(8)));
    long started = System.nanoTime();
    try (DuoClient duo = client(RetryPolicy.duoDefault(), Duration.ofSeconds(30))) {
      Transport quick = duo.transport(Duration.ofMillis(1500));
      assertThatThrownBy(
              () -> new ApiClient(quick, target()).call(DuoRequest.get("/admin/v1/users")))
          .isInstanceOfSatisfying(
              DuoConnectionException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DuoConnectionException.Kind.TIMEOUT);
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.outcomeUnknown()).as("a GET changes nothing").isFalse();
              });
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void post_notResentAfterTimeout() {
    server.enqueue(Reply.ok("{}").delayedBy(Duration.ofSeconds(10)));
    try (DuoClient duo = client(RetryPolicy.duoDefault(), Duration.ofSeconds(3))) {
      assertThatThrownBy(
              () ->
                  duo.apiClient(target())
                      .call(DuoRequest.post("/admin/v1/users").param("username", "x")))
          .isInstanceOfSatisfying(
              DuoConnectionException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DuoConnectionException.Kind.TIMEOUT);
                assertThat(e.outcomeUnknown()).as("Duo may have created the user").isTrue();
                assertThat(e.attempts()).isEqualTo(1);
              });
    }
    assertThat(server.requests()).hasSize(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void get_resentAfterTimeout() {
    server.enqueue(Reply.ok("{}").delayedBy(Duration.ofSeconds(10))).enqueue(Reply.ok("\"ok\""));
    try (DuoClient duo = client(RetryPolicy.duoDefault(), Duration.ofSeconds(3))) {
      assertThat(duo.apiClient(target()).call(DuoRequest.get("/auth/v2/check")).asText())
          .isEqualTo("ok");
    }
    assertThat(server.requests()).hasSize(2);
    assertThat(time.sleeps()).isEqualTo(seconds(1.123));
  }

  @Test
  void post_resentWhenTheConnectionWasRefusedBeforeSending() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    DuoTarget nowhere = DuoTarget.of("127.0.0.1:" + closedPort, "DIXXXXXXXXXXXXXXXXXX", "s");
    try (DuoClient duo = client(RetryPolicy.duoDefault())) {
      assertThatThrownBy(() -> duo.apiClient(nowhere).call(DuoRequest.post("/admin/v1/users")))
          .isInstanceOfSatisfying(
              DuoConnectionException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DuoConnectionException.Kind.CONNECTION_REFUSED);
                assertThat(e.status()).isZero();
                assertThat(e.getMessage()).contains("refused").contains("POST /admin/v1/users");
              });
    }
    assertThat(time.sleeps()).hasSize(6);
  }
}
