package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Pacing;
import io.duoctl.client.testing.ManualTime;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.Reply;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A {@link Pacing} holds every attempt, retries included, and hears each of Duo's answers. */
class PacingOverHttpTest {

  private final ManualTime time = new ManualTime(Instant.parse("2024-03-14T15:00:00Z"));
  private final List<String> heard = new ArrayList<>();
  private RecordingServer server;

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private DuoClient client(Pacing pacing, Duration callDeadline) {
    return DuoClient.builder()
        .allowPlainHttp(true)
        .clock(time)
        .sleeper(time)
        .jitter(() -> 0)
        .callDeadline(callDeadline)
        .pacing(pacing)
        .build();
  }

  private DuoTarget child() {
    return DuoTarget.childAccount(
        DuoTarget.of(server.host(), "DIXXXXXXXXXXXXXXXXXX", "secret-key-0123456789"),
        "DA0000000000000000C1",
        server.host());
  }

  /** Waits {@code wait} on the shared clock before each attempt, and notes what it saw. */
  private Pacing waiting(Duration wait) {
    return (target, request) -> {
      heard.add("acquire " + target.accountId().orElse("-") + " " + request.path());
      time.sleep(wait);
      return status -> heard.add("answered " + status);
    };
  }

  @Test
  void everyAttempt_isPaced_andEachAnswerReported_retriesIncluded() {
    server.enqueue(Reply.fail(429, 42901, "Too Many Requests")).enqueue(Reply.ok("{\"users\":[]}"));
    try (DuoClient duo = client(waiting(Duration.ofMillis(300)), Duration.ofSeconds(120))) {
      duo.apiClient(child()).call(DuoRequest.get("/admin/v1/users"));
    }

    assertThat(heard)
        .containsExactly(
            "acquire DA0000000000000000C1 /admin/v1/users",
            "answered 429",
            "acquire DA0000000000000000C1 /admin/v1/users",
            "answered 200");
    assertThat(time.sleeps())
        .as("paced, Duo's 1 s back-off, paced again")
        .containsExactly(Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofMillis(300));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void timeSpentPaced_isNotChargedToTheCallsDeadline() {
    server.dispatch(request -> Reply.ok("{}"));
    try (DuoClient duo = client(waiting(Duration.ofSeconds(30)), Duration.ofSeconds(10))) {
      duo.apiClient(child()).call(DuoRequest.get("/admin/v1/users"));
    }

    assertThat(server.requests()).hasSize(1);
    assertThat(heard)
        .containsExactly("acquire DA0000000000000000C1 /admin/v1/users", "answered 200");
  }

  @Test
  void interruptedWhilePaced_isAConnectionFailure_sentNowhere() {
    Pacing interrupted =
        (target, request) -> {
          throw new InterruptedException();
        };
    try (DuoClient duo = client(interrupted, Duration.ofSeconds(120))) {
      assertThatThrownBy(() -> duo.apiClient(child()).call(DuoRequest.get("/admin/v1/users")))
          .isInstanceOfSatisfying(
              DuoConnectionException.class,
              e -> assertThat(e.kind()).isEqualTo(DuoConnectionException.Kind.INTERRUPTED));
    } finally {
      Thread.interrupted();
    }
    assertThat(server.requests()).isEmpty();
  }
}
