package io.duoctl.emulator.faults;

import java.time.Duration;
import java.util.Objects;

/**
 * Latency added to every request: a fixed part plus a uniformly drawn jitter in [0, jitter].
 *
 * @param fixed the fixed delay
 * @param jitter the most extra random delay
 */
public record Latency(Duration fixed, Duration jitter) {

  /** No added latency. */
  public static final Latency NONE = new Latency(Duration.ZERO, Duration.ZERO);

  public Latency {
    Objects.requireNonNull(fixed, "fixed");
    Objects.requireNonNull(jitter, "jitter");
    if (fixed.isNegative() || jitter.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
  }

  /** Latency of {@code fixedMillis} plus up to {@code jitterMillis}. */
  public static Latency ofMillis(long fixedMillis, long jitterMillis) {
    return new Latency(Duration.ofMillis(fixedMillis), Duration.ofMillis(jitterMillis));
  }

  /** Whether any latency is added. */
  public boolean isNone() {
    return fixed.isZero() && jitter.isZero();
  }
}
