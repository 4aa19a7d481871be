package io.duoctl.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoRateLimitedException;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.RetryPolicy;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Transport;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Child accounts reached with the parent's Accounts API keys share one of the emulator's buckets;
 * paced, they stay within it with no 429 and no retry (the client here never retries). The
 * emulator's clock stands still but for the pacer's waits, so the timing is exact.
 */
class PacedTransportEmulatorTest {

  private final DuoEmulator duo =
      DuoEmulator.builder()
          .seed(7)
          .clock(Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC))
          .rateLimits(RateLimits.none().with(RateClass.GET_PAGE, 5))
          .build()
          .start();
  private final DuoClient client =
      DuoClient.builder()
          .allowPlainHttp(true)
          .proxy("127.0.0.1", duo.proxyAddress().getPort())
          .clock(duo.clock())
          .retryPolicy(RetryPolicy.noRetries())
          .build();
  private final List<DuoTarget> children;

  PacedTransportEmulatorTest() {
    Account parent = duo.givenParentAccount("Paced MSP");
    IntegrationKeys keys = duo.givenAccountsApi(parent);
    DuoTarget accounts = DuoTarget.of(keys.apiHostname(), keys.integrationKey(), keys.secretKey());
    children =
        IntStream.range(0, 3)
            .mapToObj(i -> duo.givenChildAccount(parent, "Tenant " + i))
            .map(child -> DuoTarget.childAccount(accounts, child.id(), child.apiHostname()))
            .toList();
  }

  @AfterEach
  void close() {
    client.close();
    duo.close();
  }

  @Test
  void send_pacedOverChildAccountsSharingTheParentsKeys_neverGetsA429() {
    Instant start = duo.clock().instant();
    RequestPacer pacer =
        new RequestPacer(
            duo.clock(), wait -> duo.clock().advance(wait), Map.of(EndpointClass.GET_PAGE, 5), 1.0);
    Transport paced = new PacedTransport(client.transport(), pacer);

    for (int i = 0; i < 12; i++) {
      assertThat(paced.send(children.get(i % 3), DuoRequest.get("/admin/v1/users")).status())
          .isEqualTo(200);
    }

    assertThat(duo.requests().matching(r -> r.status() == 429)).isEmpty();
    assertThat(Duration.between(start, duo.clock().instant()))
        .as("7 requests beyond the burst, one every 12 s")
        .isEqualTo(Duration.ofSeconds(84));
  }

  @Test
  void send_unpaced_getsA429OnceTheSharedBucketIsEmpty() {
    Transport unpaced = client.transport();
    for (int i = 0; i < 5; i++) {
      unpaced.send(children.get(i % 3), DuoRequest.get("/admin/v1/users"));
    }

    assertThatThrownBy(() -> unpaced.send(children.get(2), DuoRequest.get("/admin/v1/users")))
        .isInstanceOf(DuoRateLimitedException.class);
  }
}
