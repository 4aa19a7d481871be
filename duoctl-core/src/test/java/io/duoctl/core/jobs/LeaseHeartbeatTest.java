package io.duoctl.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LeaseHeartbeatTest {
  private static final JobLease LEASE =
      new JobLease("node-test", Duration.ofSeconds(1), Duration.ofMillis(100));

  private final AtomicInteger renewals = new AtomicInteger();
  private final AtomicInteger takeOvers = new AtomicInteger();

  @Test
  void aNodeRenewsItsLeases_butTakesNothingOver_untilItIsToldTo() throws InterruptedException {
    try (LeaseHeartbeat heartbeat =
        new LeaseHeartbeat(
            "test",
            LEASE,
            Clock.systemUTC(),
            renewals::incrementAndGet,
            takeOvers::incrementAndGet)) {
      assertThat(heartbeat.last()).isEmpty();

      heartbeat.start();
      awaitAtLeast(renewals, 3);
      assertThat(takeOvers).hasValue(0);

      heartbeat.takeOverFromNowOn();
      awaitAtLeast(takeOvers, 2);
      assertThat(heartbeat.last()).isPresent();
    }
  }

  @Test
  void aFailingBeat_doesNotStopTheNext_norCountsAsARenewal() throws InterruptedException {
    AtomicInteger attempts = new AtomicInteger();
    try (LeaseHeartbeat heartbeat =
        new LeaseHeartbeat(
            "test",
            LEASE,
            Clock.systemUTC(),
            () -> {
              if (attempts.incrementAndGet() <= 2) {
                throw new IllegalStateException("database away");
              }
              renewals.incrementAndGet();
            },
            takeOvers::incrementAndGet)) {
      heartbeat.takeOverFromNowOn();
      var started = heartbeat.last().orElseThrow();

      awaitAtLeast(renewals, 1);
      assertThat(attempts.get()).isGreaterThanOrEqualTo(3);
      awaitAtLeast(takeOvers, 1);
      assertThat(heartbeat.last().orElseThrow()).isAfter(started);
    }
  }

  private static void awaitAtLeast(AtomicInteger counter, int value) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (counter.get() < value && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(counter.get()).isGreaterThanOrEqualTo(value);
  }
}
