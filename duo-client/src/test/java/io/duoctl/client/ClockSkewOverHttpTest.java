package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.signing.DuoDates;
import io.duoctl.client.testing.ManualTime;
import io.duoctl.client.testing.RecordedRequest;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.Reply;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The offset of Duo's clock, from reply Date headers and from /auth/v2/ping. */
class ClockSkewOverHttpTest {

  /** Our clock runs ten minutes behind the real one that stamps the test server's Date header. */
  static final Duration BEHIND = Duration.ofMinutes(10);

  RecordingServer server;
  ManualTime time = new ManualTime(Instant.now().minus(BEHIND));

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  DuoClient client(boolean applySkew) {
    return DuoClient.builder()
        .allowPlainHttp(true)
        .clock(time)
        .sleeper(time)
        .applySkewToSigning(applySkew)
        .build();
  }

  DuoTarget target() {
    return DuoTarget.of(server.host(), "DIXXXXXXXXXXXXXXXXXX", "skey");
  }

  /** Ten minutes, less the Date header's truncation, plus however slowly the test ran. */
  static void assertAboutTenMinutes(Duration skew) {
    assertThat(skew).isBetween(BEHIND.minusSeconds(2), BEHIND.plusSeconds(30));
  }

  static Instant dateOf(RecordedRequest request) {
    return DuoDates.parse(request.header("date").orElseThrow()).orElseThrow();
  }

  @Test
  void clockSkew_isEmptyBeforeAnyReply_thenReadFromTheDateHeader() {
    try (DuoClient duo = client(false)) {
      assertThat(duo.clockSkew()).isEmpty();
      duo.apiClient(target()).call(DuoRequest.get("/auth/v2/check"));

      assertAboutTenMinutes(duo.clockSkew().orElseThrow());
    }
  }

  @Test
  void clockSkew_isMeasuredFromErrorRepliesToo() {
    server.enqueue(Reply.fail(401, 40103, "Invalid signature in request credentials"));
    try (DuoClient duo = client(false)) {
      assertThatThrownBy(() -> duo.apiClient(target()).call(DuoRequest.get("/auth/v2/check")))
          .isInstanceOf(DuoAuthenticationException.class);
      assertAboutTenMinutes(duo.clockSkew().orElseThrow());
    }
  }

  @Test
  void applySkewToSigning_datesLaterRequestsWithDuoTime() {
    try (DuoClient duo = client(true)) {
      duo.apiClient(target()).call(DuoRequest.get("/auth/v2/check"));
      duo.apiClient(target()).call(DuoRequest.get("/auth/v2/check"));
    }
    RecordedRequest first = server.requests().get(0);
    RecordedRequest second = server.requests().get(1);
    assertThat(dateOf(first)).isEqualTo(time.instant().truncatedTo(ChronoUnit.SECONDS));
    assertAboutTenMinutes(Duration.between(dateOf(first), dateOf(second)));
  }

  @Test
  void withoutApplySkew_signingKeepsLocalTime() {
    try (DuoClient duo = client(false)) {
      duo.apiClient(target()).call(DuoRequest.get("/auth/v2/check"));
      duo.apiClient(target()).call(DuoRequest.get("/auth/v2/check"));
    }
    assertThat(dateOf(server.requests().get(1))).isEqualTo(dateOf(server.requests().get(0)));
  }

  @Test
  void measureSkew_usesUnsignedPingTime() {
    long duoTime = time.instant().getEpochSecond() - 60;
    server.enqueue(Reply.ok("{\"time\":" + duoTime + "}"));
    try (DuoClient duo = client(false)) {
      DuoTarget child = DuoTarget.childAccount(target(), "DA012345678901234567", server.host());
      Duration skew = duo.measureSkew(child);

      // Duo's whole second is taken as its middle.
      Duration expected =
          Duration.between(time.instant(), Instant.ofEpochSecond(duoTime).plusMillis(500));
      assertThat(skew).isEqualTo(expected);
      assertThat(duo.clockSkew()).contains(skew);
    }
    assertThat(server.onlyRequest().path()).isEqualTo("/auth/v2/ping");
    assertThat(server.onlyRequest().rawQuery()).isEmpty();
    assertThat(server.onlyRequest().header("authorization")).isEmpty();
  }
}
