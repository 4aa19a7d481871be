package io.duoctl.app.api.actions;

import io.duoctl.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock plus every wait asked of it: a wait returns at once but moves this clock on, so
 * a call's deadline sees Duo's back-off pass while the test does not sleep.
 */
public final class VirtualTime extends Clock implements Sleeper {

  private final AtomicLong sleptNanos = new AtomicLong();

  @Override
  public void sleep(Duration duration) {
    sleptNanos.addAndGet(duration.toNanos());
  }

  @Override
  public Instant instant() {
    return Instant.now().plusNanos(sleptNanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
