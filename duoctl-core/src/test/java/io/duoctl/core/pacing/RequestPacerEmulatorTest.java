package io.duoctl.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Child accounts reached with the parent's Accounts API keys, against an emulator that counts 5
 * pages a minute per integration key or per account. The emulator's clock stands still but for the
 * client's and the pacer's waits, so every run is the same: each request is answered, the pacer
 * learns which scope the emulator counts, and only a few requests meet a 429.
 */
@Tag("slow")
class RequestPacerEmulatorTest {

  private static final int CHILDREN = 8;
  private static final int REQUESTS = 32;

  @ParameterizedTest
  @EnumSource(RateLimitScope.class)
  void childrenPacedThroughTheParentsKeys_allSucceed_andTheScopeIsLearned(RateLimitScope scope) {
    try (DuoEmulator duo =
            DuoEmulator.builder()
                .seed(7)
                .clock(EmulatorClock.fixedAt(Instant.parse("2026-11-28T12:00:00Z")))
                .rateLimits(RateLimits.none().with(RateClass.GET_PAGE, 5))
                .rateLimitScope(scope)
                .build()
                .start();
        DuoClient client =
            DuoClient.builder()
                .allowPlainHttp(true)
                .proxy("127.0.0.1", duo.proxyAddress().getPort())
                .clock(duo.clock())
                .sleeper(wait -> duo.clock().advance(wait))
                .jitter(() -> 0)
                .pacing(
                    new RequestPacer(
                        duo.clock(),
                        wait -> duo.clock().advance(wait),
                        Map.of(EndpointClass.GET_PAGE, 5)))
                .build()) {
      Account parent = duo.givenParentAccount("Paced MSP");
      IntegrationKeys keys = duo.givenAccountsApi(parent);
      DuoTarget accounts =
          DuoTarget.of(keys.apiHostname(), keys.integrationKey(), keys.secretKey());
      List<DuoTarget> children =
          IntStream.range(0, CHILDREN)
              .mapToObj(i -> duo.givenChildAccount(parent, "Tenant " + i))
              .map(child -> DuoTarget.childAccount(accounts, child.id(), child.apiHostname()))
              .toList();
      Instant start = duo.clock().instant();

      for (int i = 0; i < REQUESTS; i++) {
        assertThat(client.transport().send(children.get(i % CHILDREN), page()).status())
            .isEqualTo(200);
      }

      Duration took = Duration.between(start, duo.clock().instant());
      long limited = duo.requests().matching(r -> r.status() == 429).size();
      if (scope == RateLimitScope.ACCOUNT) {
        assertThat(limited).isZero();
        assertThat(took)
            .as("the key's 5/min left behind after 14 waits; each child within its own 5")
            .isLessThan(Duration.ofSeconds(60));
      } else {
        assertThat(limited).as("the discovery's one probe, then one steady cut").isLessThan(4);
        assertThat(took)
            .as("27 requests beyond the burst at about 5/min")
            .isGreaterThan(Duration.ofMinutes(4));
      }
    }
  }

  private static DuoRequest page() {
    return DuoRequest.get("/admin/v1/users");
  }
}
