package io.duoctl.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The time one call may take, retries and back-off included, and what it has used so far: when it
 * started, how many requests it has sent, and whether the deadline cut it short. Shared by every
 * copy of one {@link Call}; a call runs on one thread, the counter is atomic only for safety.
 */
final class CallBudget {

  /** The least time worth starting another attempt with. */
  static final Duration MIN_ATTEMPT = Duration.ofSeconds(1);

  private final Clock clock;
  private final Instant started;
  private final Optional<Duration> deadline;
  private final AtomicInteger attempts = new AtomicInteger();
  private volatile boolean cutShort;
  private volatile Duration excluded = Duration.ZERO;

  private CallBudget(Clock clock, Optional<Duration> deadline) {
    this.clock = clock;
    this.started = clock.instant();
    this.deadline = deadline;
  }

  /** A budget of {@code deadline} from now on {@code clock}. */
  static CallBudget of(Clock clock, Duration deadline) {
    return new CallBudget(clock, Optional.of(deadline));
  }

  /** No deadline: the retry policy alone bounds the call. */
  static CallBudget unlimited() {
    return new CallBudget(Clock.systemUTC(), Optional.empty());
  }

  /** Counts a request about to be sent. */
  void attempt() {
    attempts.incrementAndGet();
  }

  int attempts() {
    return attempts.get();
  }

  /** Time since the call started, less the time {@link #exclude excluded}. */
  Duration spent() {
    return Duration.between(started, clock.instant()).minus(excluded);
  }

  /** Leaves {@code waited} out of the time spent (waiting for Duo's allowance, not for Duo). */
  void exclude(Duration waited) {
    if (waited.isPositive()) {
      excluded = excluded.plus(waited);
    }
  }

  Optional<Duration> deadline() {
    return deadline;
  }

  /** Time left before the deadline (never negative), or empty without one. */
  Optional<Duration> remaining() {
    return deadline
        .map(d -> d.minus(spent()))
        .map(left -> left.isNegative() ? Duration.ZERO : left);
  }

  /**
   * Whether waiting {@code wait} still leaves time for one more attempt; when not, the call is
   * marked as cut short by its deadline.
   */
  boolean allowsWait(Duration wait) {
    boolean allowed =
        remaining().map(left -> wait.plus(MIN_ATTEMPT).compareTo(left) <= 0).orElse(true);
    if (!allowed) {
      cutShort = true;
    }
    return allowed;
  }

  /** Whether the deadline stopped a retry that the policy would have made. */
  boolean cutShort() {
    return cutShort;
  }

  /** The request timeout for the next attempt: never past the deadline. */
  Duration attemptTimeout(Duration requestTimeout) {
    return remaining()
        .map(left -> left.compareTo(requestTimeout) < 0 ? left : requestTimeout)
        .map(t -> t.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : t)
        .orElse(requestTimeout);
  }
}
