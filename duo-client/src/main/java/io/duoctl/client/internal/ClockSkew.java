package io.duoctl.client.internal;

import io.duoctl.client.signing.DuoDates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The latest measured offset of Duo's clock from ours (positive: Duo is ahead), and the instant to
 * sign with. Thread-safe.
 */
public final class ClockSkew {

  private static final Duration HALF_SECOND = Duration.ofMillis(500);

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

  /**
   * Records Duo's time, read in whole seconds at our instant {@code localNow}, taking it as the
   * middle of its second (so the estimate is off by at most half a second); returns the offset.
   */
  public Duration recordWholeSeconds(long duoEpochSecond, Instant localNow) {
    Duration offset =
        Duration.between(localNow, Instant.ofEpochSecond(duoEpochSecond).plus(HALF_SECOND));
    latest.set(offset);
    return offset;
  }

  /** Records the offset from an HTTP {@code Date} header received now, if it parses. */
  void recordDateHeader(String dateHeader) {
    DuoDates.parse(dateHeader)
        .ifPresent(duoTime -> recordWholeSeconds(duoTime.getEpochSecond(), clock.instant()));
  }

  /** Now, plus the measured offset when skew is applied to signing. */
  Instant signingInstant() {
    Instant now = clock.instant();
    Duration offset = latest.get();
    return applyToSigning && offset != null ? now.plus(offset) : now;
  }
}
