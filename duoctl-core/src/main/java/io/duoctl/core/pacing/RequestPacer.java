package io.duoctl.core.pacing;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.Sleeper;
import io.duoctl.client.http.DuoRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps requests within Duo's rate limits before they are sent, instead of learning them from 429s:
 * one token bucket per integration key and endpoint class, holding a minute's allowance, as Duo
 * (and the emulator) count them. Every child account reached through the parent's Accounts API keys
 * shares the parent's integration key, and so its buckets.
 *
 * <p>A request that finds its bucket empty reserves the next token and sleeps until it is due, so
 * waiting requests go in the order they asked and none is refused. Buckets refill at a share of the
 * allowance ({@link #published} keeps 10% spare): Duo's bucket starts when our first request
 * arrives, requests overtake each other in transit, and another process may use the same keys, so a
 * few requests still meet a 429; the client retries those into the spare allowance instead of
 * displacing paced requests into 429s of their own. Thread-safe.
 */
public final class RequestPacer {

  private static final double PUBLISHED_SHARE = 0.9;

  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<EndpointClass, Integer> perMinute;
  private final double share;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param perMinute each paced class's allowance (a class without one is not paced)
   * @param share the part of the allowance to refill at, in (0, 1]
   */
  RequestPacer(Clock clock, Sleeper sleeper, Map<EndpointClass, Integer> perMinute, double share) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in (0, 1], was " + share);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.perMinute = new EnumMap<>(perMinute);
    this.share = share;
  }

  /**
   * A pacer with the allowances Duo published (300/min for changes and single reads, 200/min for
   * pages, 2/min for logs; Auth API calls are not paced), refilling at 90% of them.
   *
   * @param clock tells the time (tests pass one they move)
   * @param sleeper waits for a token (tests pass one that moves their clock)
   */
  public static RequestPacer published(Clock clock, Sleeper sleeper) {
    Map<EndpointClass, Integer> limits = new EnumMap<>(EndpointClass.class);
    for (EndpointClass endpoint : EndpointClass.values()) {
      limits.put(endpoint, endpoint.perMinute());
    }
    return new RequestPacer(clock, sleeper, limits, PUBLISHED_SHARE);
  }

  /**
   * Waits until {@code request} to {@code target} fits its bucket, and takes its token.
   *
   * @throws InterruptedException if interrupted while waiting (the token stays taken)
   */
  public void pace(DuoTarget target, DuoRequest request) throws InterruptedException {
    EndpointClass endpoint = EndpointClass.of(request.method(), request.path());
    int allowance = perMinute.getOrDefault(endpoint, 0);
    if (allowance == 0) {
      return;
    }
    Bucket bucket =
        buckets.computeIfAbsent(
            target.integrationKey() + "/" + endpoint, key -> new Bucket(allowance, share));
    long waitNanos = bucket.reserve(nanos());
    if (waitNanos > 0) {
      sleeper.sleep(Duration.ofNanos(waitNanos));
    }
  }

  private long nanos() {
    Duration sinceEpoch = Duration.between(java.time.Instant.EPOCH, clock.instant());
    return sinceEpoch.toNanos();
  }

  /**
   * A token bucket kept as the time it will be full again ({@code fullAt}): each token taken moves
   * that time one interval later, and a token is due once the bucket would hold it.
   */
  private static final class Bucket {
    private final long intervalNanos;
    private final long capacityNanos;
    private long fullAt = Long.MIN_VALUE;

    Bucket(int perMinute, double share) {
      this.intervalNanos = (long) Math.ceil(60_000_000_000.0 / (perMinute * share));
      this.capacityNanos = perMinute * intervalNanos;
    }

    /** Takes a token and returns how many nanoseconds to wait for it. */
    synchronized long reserve(long nowNanos) {
      fullAt = Math.max(fullAt, nowNanos) + intervalNanos;
      return Math.max(0, fullAt - capacityNanos - nowNanos);
    }
  }
}
