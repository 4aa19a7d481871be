package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.model.Account;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Latency, faults and the request journal. */
class FaultInjectionTest {

  private final List<Duration> slept = new CopyOnWriteArrayList<>();
  private DuoEmulator duo;
  private IntegrationKeys auth;

  @BeforeEach
  void start() {
    duo = DuoEmulator.builder().sleeper(slept::add).build().start();
    Account account = duo.givenParentAccount("Acme");
    auth = duo.givenAuthApi(account);
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  private Reply check() {
    return SignedCall.get(duo, auth, "/auth/v2/check").send();
  }

  @Test
  void nextStatus_failsOnlyTheNextRequest() {
    duo.faults().next(Fault.status(503));

    Reply failed = check();
    Reply fine = check();

    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.code()).isEqualTo(50300);
    assertThat(fine.status()).isEqualTo(200);
  }

  @Test
  void rateLimitNext_givesThatMany429s() {
    duo.faults().rateLimitNext(2);

    assertThat(List.of(check().status(), check().status(), check().status()))
        .containsExactly(429, 429, 200);
  }

  @Test
  void disconnectNext_dropsTheConnectionWithoutAnswer() {
    duo.faults().disconnectNext();

    // a POST, because java.net.http silently retries a GET once on an early close
    assertThatThrownBy(() -> SignedCall.post(duo, null, "/auth/v2/ping").unsigned().send())
        .isInstanceOf(UncheckedIOException.class);
    assertThat(check().status()).isEqualTo(200);
    assertThat(duo.requests().all()).extracting(r -> r.status()).containsExactly(0, 200);
  }

  @Test
  void pathRule_hitsOnlyMatchingPaths() {
    duo.faults().add(FaultRule.onPath("/auth/v2/ch*", 1.0, Fault.status(500)));

    Reply ping = SignedCall.get(duo, null, "/auth/v2/ping").unsigned().send();

    assertThat(ping.status()).isEqualTo(200);
    assertThat(check().status()).isEqualTo(500);
    assertThat(check().status()).isEqualTo(500);
  }

  @Test
  void probabilityZero_neverFires() {
    duo.faults().add(FaultRule.onPath("*", 0.0, Fault.status(500)));

    assertThat(check().status()).isEqualTo(200);
  }

  @Test
  void slowBody_stillDeliversTheWholeAnswer() {
    duo.faults().next(Fault.slowBody(Duration.ofMillis(5)));

    Reply reply = check();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.response().has("time")).isTrue();
    assertThat(slept).hasSizeGreaterThan(1).allMatch(d -> d.equals(Duration.ofMillis(5)));
  }

  @Test
  void latency_isAddedToEveryRequest() {
    duo.faults().latency(Latency.ofMillis(150, 0));

    check();
    check();

    assertThat(slept).containsExactly(Duration.ofMillis(150), Duration.ofMillis(150));
  }

  @Test
  void latencyJitter_staysWithinItsBound() {
    duo.faults().latency(Latency.ofMillis(100, 50));

    for (int i = 0; i < 20; i++) {
      check();
    }

    assertThat(slept)
        .allMatch(d -> d.compareTo(Duration.ofMillis(100)) >= 0)
        .allMatch(d -> d.compareTo(Duration.ofMillis(150)) <= 0);
  }

  @Test
  void journal_recordsWhatWasReceived() {
    SignedCall.get(duo, auth, "/auth/v2/check").param("username", "a b").send();

    var recorded = duo.requests().last().orElseThrow();
    assertThat(recorded.method()).isEqualTo("GET");
    assertThat(recorded.path()).isEqualTo("/auth/v2/check");
    assertThat(recorded.param("username")).isEqualTo("a b");
    assertThat(recorded.integrationKey()).isEqualTo(auth.integrationKey());
    assertThat(recorded.host()).isEqualTo(auth.apiHostname());
    assertThat(recorded.status()).isEqualTo(200);
  }
}
