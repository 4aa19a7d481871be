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
 * one token bucket per integration key and endpoint class, holding a minute's allowance and
 * refilling continuously, as Duo (and the emulator) count them. Every child account reached through
 * the parent's Accounts API keys shares the parent's integration key, and so its buckets.
 *
 * <p>A request that finds its bucket empty reserves the next token and sleeps until it is due, so
 * waiting requests go in the order they asked and none is refused. Duo's own 429s (another process
 * on the same keys) are still retried by the client. Thread-safe.
 */
public final class RequestPacer {

  /** How much later than ours Duo's bucket may start (see {@link Bucket}). */
  static final long HEAD_START_MILLIS = 1000;

  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<EndpointClass, Integer> perMinute;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RequestPacer(Clock clock, Sleeper sleeper, Map<EndpointClass, Integer> perMinute) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.perMinute = new EnumMap<>(perMinute);
  }

  /**
   * A pacer with the allowances Duo published: 300/min for changes and single reads, 200/min for
   * pages, 2/min for logs; Auth API calls are not paced.
   */
  public static RequestPacer published(Clock clock, Sleeper sleeper) {
    Map<EndpointClass, Integer> limits = new EnumMap<>(EndpointClass.class);
    for (EndpointClass endpoint : EndpointClass.values()) {
      limits.put(endpoint, endpoint.perMinute());
    }
    return new RequestPacer(clock, sleeper, limits);
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
            target.integrationKey() + "/" + endpoint, key -> new Bucket(allowance, clock.millis()));
    long waitMillis = bucket.reserve(clock.millis());
    if (waitMillis > 0) {
      sleeper.sleep(Duration.ofMillis(waitMillis));
    }
  }

  /**
   * Tokens may go below zero: each missing token is a reservation one refill interval later.
   * Refilling starts {@link #HEAD_START_MILLIS} after the first request, because Duo's bucket
   * starts when that request arrives: a later request that overtakes it in transit must not find
   * Duo's bucket a token short.
   */
  private static final class Bucket {
    private final int capacity;
    private final double perMilli;
    private double tokens;
    private long lastMillis;

    Bucket(int perMinute, long nowMillis) {
      this.capacity = perMinute;
      this.perMilli = perMinute / 60_000.0;
      this.tokens = perMinute;
      this.lastMillis = nowMillis + HEAD_START_MILLIS;
    }

    /** Takes a token and returns how long to wait for it. */
    synchronized long reserve(long nowMillis) {
      if (nowMillis > lastMillis) {
        tokens = Math.min(capacity, tokens + (nowMillis - lastMillis) * perMilli);
        lastMillis = nowMillis;
      }
      tokens -= 1;
      if (tokens >= 0) {
        return 0;
      }
      long due = lastMillis + (long) Math.ceil(-tokens / perMilli);
      return Math.max(0, due - nowMillis);
    }
  }
}
