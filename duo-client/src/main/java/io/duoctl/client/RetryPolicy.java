package io.duoctl.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long to wait before each retry, as a pure function. Duo's official clients wait 1 s, doubling
 * while the wait stays within 32 s (1, 2, 4, 8, 16, 32: seven attempts in all), each plus up to 1 s
 * of uniform random jitter; that is {@link #duoDefault()}. A {@code maxBackoff} of zero disables
 * retries.
 *
 * @param initialBackoff the wait before the first retry, positive
 * @param factor the multiplier from one wait to the next, at least 2 (so the schedule ends)
 * @param maxBackoff the longest base wait still retried; zero for no retries
 * @param maxJitter the upper bound (exclusive) of the random time added to each wait
 */
public record RetryPolicy(
    Duration initialBackoff, int factor, Duration maxBackoff, Duration maxJitter) {

  private static final RetryPolicy DUO_DEFAULT =
      new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofSeconds(32), Duration.ofSeconds(1));

  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxJitter, "maxJitter");
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("initialBackoff must be positive, was " + initialBackoff);
    }
    if (factor < 2) {
      throw new IllegalArgumentException("factor must be at least 2, was " + factor);
    }
    if (maxBackoff.isNegative()) {
      throw new IllegalArgumentException("maxBackoff must not be negative, was " + maxBackoff);
    }
    if (maxJitter.isNegative()) {
      throw new IllegalArgumentException("maxJitter must not be negative, was " + maxJitter);
    }
  }

  /** The official clients' schedule: 1 s doubling up to 32 s, plus up to 1 s of jitter. */
  public static RetryPolicy duoDefault() {
    return DUO_DEFAULT;
  }

  /** Never retry. */
  public static RetryPolicy noRetries() {
    return DUO_DEFAULT.withMaxBackoff(Duration.ZERO);
  }

  /** This schedule with another longest wait ({@link Duration#ZERO} disables retries). */
  public RetryPolicy withMaxBackoff(Duration newMaxBackoff) {
    return new RetryPolicy(initialBackoff, factor, newMaxBackoff, maxJitter);
  }

  /**
   * The wait before retry number {@code retry} (0 for the first retry), or empty when the schedule
   * is used up.
   *
   * @param jitterFraction a random number in [0, 1) that scales {@link #maxJitter()}
   */
  public Optional<Duration> backoff(int retry, double jitterFraction) {
    if (jitterFraction < 0 || jitterFraction >= 1) {
      throw new IllegalArgumentException("jitterFraction must be in [0, 1), was " + jitterFraction);
    }
    Duration base = initialBackoff;
    for (int i = 0; i < retry && base.compareTo(maxBackoff) <= 0; i++) {
      base = base.multipliedBy(factor);
    }
    if (base.compareTo(maxBackoff) > 0) {
      return Optional.empty();
    }
    return Optional.of(base.plusMillis((long) (jitterFraction * maxJitter.toMillis())));
  }

  /** Whether a server-requested wait ({@code Retry-After}) is short enough to honour. */
  public boolean permitsWait(Duration wait) {
    return !wait.isNegative() && wait.compareTo(maxBackoff) <= 0 && !maxBackoff.isZero();
  }

  /** The most requests one call may make: the first plus one per scheduled wait. */
  public int maxAttempts() {
    int attempts = 1;
    while (backoff(attempts - 1, 0).isPresent()) {
      attempts++;
    }
    return attempts;
  }
}
