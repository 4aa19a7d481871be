package io.duoctl.emulator.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's notion of "now": a base clock plus an offset that tests move forward (to age logs,
 * expire bypass codes or lockouts) without sleeping. Thread-safe.
 */
public final class EmulatorClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset;

  private EmulatorClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  /** A clock that follows {@code base}, initially without offset. */
  public static EmulatorClock following(Clock base) {
    return new EmulatorClock(
        Objects.requireNonNull(base, "base clock"), new AtomicReference<>(Duration.ZERO));
  }

  /** A clock standing still at {@code instant} until advanced. */
  public static EmulatorClock fixedAt(Instant instant) {
    return following(Clock.fixed(instant, ZoneOffset.UTC));
  }

  /** Moves this clock forward (or back, for a negative amount). */
  public void advance(Duration amount) {
    offset.accumulateAndGet(Objects.requireNonNull(amount, "amount"), Duration::plus);
  }

  /** Drops every advance: the clock follows its base again. */
  public void reset() {
    offset.set(Duration.ZERO);
  }

  /** Moves this clock so that it now reads {@code instant}. */
  public void set(Instant instant) {
    offset.set(Duration.between(base.instant(), instant));
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  /** A view in another zone that shares this clock's offset. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new EmulatorClock(base.withZone(zone), offset);
  }
}
