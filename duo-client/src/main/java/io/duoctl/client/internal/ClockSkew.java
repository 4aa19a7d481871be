package io.duoctl.client.internal;

import io.duoctl.client.signing.DuoDates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The latest measured offset of Duo's clock from ours (positive: Duo is ahead), and the instant to
 * sign with. Thread-safe.
 */
public final class ClockSkew {

  private final Clock clock;
  private final boolean applyToSigning;
  private final AtomicReference<Duration> latest = new AtomicReference<>();

  public ClockSkew(Clock clock, boolean applyToSigning) {
    this.clock = clock;
    this.applyToSigning = applyToSigning;
  }

  /** The latest offset, if any was measured. */
  public Optional<Duration> latest() {
    return Optional.ofNullable(latest.get());
  }

  /** Records Duo's time as read at our instant {@code localNow}; returns the offset. */
  public Duration record(Instant duoTime, Instant localNow) {
    Duration offset = Duration.between(localNow, duoTime);
    latest.set(offset);
    return offset;
  }

  /** Records the offset from an HTTP {@code Date} header (whole seconds), if it parses. */
  void recordDateHeader(String dateHeader) {
    DuoDates.parse(dateHeader)
        .ifPresent(duoTime -> record(duoTime, now().truncatedTo(ChronoUnit.SECONDS)));
  }

  Instant now() {
    return clock.instant();
  }

  /** Now, plus the measured offset when skew is applied to signing. */
  Instant signingInstant() {
    Instant now = clock.instant();
    Duration offset = latest.get();
    return applyToSigning && offset != null ? now.plus(offset) : now;
  }
}
