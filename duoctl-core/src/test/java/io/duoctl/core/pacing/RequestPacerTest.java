package io.duoctl.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestPacerTest {

  private static final DuoTarget PARENT =
      DuoTarget.of("api-parent.duo.test", "DIPARENT00000000000A", "s".repeat(40));
  private static final DuoTarget OTHER =
      DuoTarget.of("api-other.duo.test", "DIOTHER000000000000B", "s".repeat(40));
  private static final DuoRequest PAGE = DuoRequest.get("/admin/v1/users");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
  private final List<Duration> waits = new ArrayList<>();
  private final RequestPacer pacer =
      new RequestPacer(
          clock,
          waits::add,
          Map.of(
              EndpointClass.GET_PAGE, 200, EndpointClass.GET_ONE, 300, EndpointClass.MODIFY, 300),
          1.0);

  @Test
  void pace_letsAMinutesAllowanceThroughAtOnce_thenQueuesAtTheRefillRate() throws Exception {
    for (int i = 0; i < 200; i++) {
      pacer.pace(PARENT, PAGE);
    }
    assertThat(waits).isEmpty();

    pacer.pace(PARENT, PAGE);
    pacer.pace(PARENT, PAGE);

    assertThat(waits).containsExactly(Duration.ofMillis(300), Duration.ofMillis(600));
  }

  @Test
  void pace_refillsAsTimePasses() throws Exception {
    for (int i = 0; i < 200; i++) {
      pacer.pace(PARENT, PAGE);
    }
    clock.advance(Duration.ofSeconds(3));

    for (int i = 0; i < 10; i++) {
      pacer.pace(PARENT, PAGE);
    }
    pacer.pace(PARENT, PAGE);

    assertThat(waits).containsExactly(Duration.ofMillis(300));
  }

  @Test
  void pace_keepsOneBucketPerIntegrationKeyAndEndpointClass() throws Exception {
    DuoTarget child = DuoTarget.childAccount(PARENT, "DA0000000000000000C1", "api-child.duo.test");
    for (int i = 0; i < 200; i++) {
      pacer.pace(PARENT, PAGE);
    }

    pacer.pace(OTHER, PAGE);
    pacer.pace(PARENT, DuoRequest.get("/admin/v1/users/DU0123456789ABCDEFGH"));
    pacer.pace(PARENT, DuoRequest.post("/admin/v1/users"));
    pacer.pace(PARENT, DuoRequest.get("/auth/v2/check"));
    assertThat(waits).isEmpty();

    pacer.pace(child, PAGE);
    assertThat(waits).as("a child reached with the parent's keys shares its bucket").hasSize(1);
  }

  @Test
  void published_keepsTenPercentOfDuosAllowanceSpare() throws Exception {
    RequestPacer published = RequestPacer.published(clock, waits::add);
    for (int i = 0; i < 200; i++) {
      published.pace(PARENT, PAGE);
    }
    assertThat(waits).as("Duo's burst of a minute's allowance").isEmpty();

    published.pace(PARENT, PAGE);
    for (int i = 0; i < 2; i++) {
      published.pace(PARENT, DuoRequest.get("/admin/v2/logs/authentication"));
    }
    published.pace(PARENT, DuoRequest.get("/admin/v2/logs/authentication"));

    assertThat(waits)
        .as("pages at 180/min, logs at 1.8/min, rounded up to whole nanoseconds")
        .containsExactly(Duration.ofNanos(333_333_334), Duration.ofNanos(33_333_333_334L));
  }

  @Test
  void pace_withoutAnAllowanceForAClass_neverWaits() throws Exception {
    RequestPacer onlyPages =
        new RequestPacer(clock, waits::add, Map.of(EndpointClass.GET_PAGE, 1), 1.0);

    for (int i = 0; i < 5; i++) {
      onlyPages.pace(PARENT, DuoRequest.post("/admin/v1/users"));
    }
    onlyPages.pace(PARENT, PAGE);
    onlyPages.pace(PARENT, PAGE);

    assertThat(waits).containsExactly(Duration.ofMinutes(1));
  }
}
