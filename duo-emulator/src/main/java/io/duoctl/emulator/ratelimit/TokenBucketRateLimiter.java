package io.duoctl.emulator.ratelimit;

import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.http.RateLimiter;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One token bucket per integration (or, with {@link RateLimitScope#ACCOUNT}, per account) and rate
 * class, and for {@link RateClass#LOGS} per log endpoint as well: a bucket holds a minute's
 * allowance and refills continuously at that rate by the emulator's clock (so advancing the clock
 * refills it). An empty bucket answers 429 42901 without {@code Retry-After}, as Duo does
 * (signing-auth-accounts.md §3).
 *
 * <p>Thread-safe; limits and scope can be replaced at run time, which empties the history.
 */
public final class TokenBucketRateLimiter implements RateLimiter {

  private static final RateClass[] CLASSES = RateClass.values();

  private final Clock clock;
  private volatile RateLimits limits;
  private volatile RateLimitScope scope = RateLimitScope.INTEGRATION;
  private volatile ConcurrentMap<String, Bucket[]> buckets = new ConcurrentHashMap<>();

  public TokenBucketRateLimiter(Clock clock, RateLimits limits) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The limits in force. */
  public RateLimits limits() {
    return limits;
  }

  /** Replaces the limits and forgets every bucket. */
  public void limits(RateLimits newLimits) {
    this.limits = Objects.requireNonNull(newLimits, "limits");
    this.buckets = new ConcurrentHashMap<>();
  }

  /** What a bucket counts. */
  public RateLimitScope scope() {
    return scope;
  }

  /** Replaces what a bucket counts and forgets every bucket. */
  public void scope(RateLimitScope newScope) {
    this.scope = Objects.requireNonNull(newScope, "scope");
    this.buckets = new ConcurrentHashMap<>();
  }

  /** Refills every bucket (between tests). */
  public void reset() {
    this.buckets = new ConcurrentHashMap<>();
  }

  @Override
  @SuppressWarnings("EnumOrdinal") // one bucket per rate class, indexed in a fixed-size array
  public void acquire(
      Integration integration, Account account, RateClass rateClass, String endpoint) {
    int perMinute = limits.limitOf(rateClass);
    if (perMinute == 0) {
      return;
    }
    String counted =
        scope == RateLimitScope.ACCOUNT && account != null
            ? "account " + account.id()
            : "integration " + integration.integrationKey();
    if (rateClass == RateClass.LOGS) {
      // Duo counts each log endpoint on its own (2/min for authentication, telephony,
      // administrator)
      counted += " " + endpoint;
    }
    Bucket[] forCounted = buckets.computeIfAbsent(counted, k -> new Bucket[CLASSES.length]);
    Bucket bucket;
    synchronized (forCounted) {
      bucket = forCounted[rateClass.ordinal()];
      if (bucket == null || bucket.perMinute != perMinute) {
        bucket = new Bucket(perMinute, clock.millis());
        forCounted[rateClass.ordinal()] = bucket;
      }
    }
    if (!bucket.tryTake(clock.millis())) {
      throw DuoError.tooManyRequests();
    }
  }

  private static final class Bucket {
    private final int perMinute;
    private double tokens;
    private long lastMillis;

    Bucket(int perMinute, long nowMillis) {
      this.perMinute = perMinute;
      this.tokens = perMinute;
      this.lastMillis = nowMillis;
    }

    synchronized boolean tryTake(long nowMillis) {
      long elapsed = Math.max(0, nowMillis - lastMillis);
      tokens = Math.min(perMinute, tokens + elapsed * perMinute / 60_000.0);
      lastMillis = Math.max(lastMillis, nowMillis);
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }
  }
}
