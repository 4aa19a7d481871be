package io.duoctl.emulator.ratelimit;

import io.duoctl.emulator.http.RateClass;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Requests per minute allowed per integration and {@link RateClass}; a class without a figure is
 * not limited. Immutable.
 *
 * @param perMinute the allowance of each limited class
 */
public record RateLimits(Map<RateClass, Integer> perMinute) {

  public RateLimits {
    EnumMap<RateClass, Integer> copy = new EnumMap<>(RateClass.class);
    Objects.requireNonNull(perMinute, "perMinute")
        .forEach(
            (rateClass, limit) -> {
              if (limit == null || limit < 1) {
                throw new IllegalArgumentException(
                    "rate limit for " + rateClass + " must be at least 1 per minute");
              }
              copy.put(rateClass, limit);
            });
    perMinute = Map.copyOf(copy);
  }

  /**
   * The figures a Duo engineer published (signing-auth-accounts.md §3, duo_client_python #101):
   * modify 300/min, get one 300/min, get a page 200/min, get all 40/min, logs 2/min. Auth API calls
   * are not limited.
   */
  public static RateLimits duoDefaults() {
    return new RateLimits(
        Map.of(
            RateClass.MODIFY, 300,
            RateClass.GET_ONE, 300,
            RateClass.GET_PAGE, 200,
            RateClass.GET_ALL, 40,
            RateClass.LOGS, 2));
  }

  /** No limits at all. */
  public static RateLimits none() {
    return new RateLimits(Map.of());
  }

  /** These limits with one class changed. */
  public RateLimits with(RateClass rateClass, int limitPerMinute) {
    EnumMap<RateClass, Integer> copy = new EnumMap<>(RateClass.class);
    copy.putAll(perMinute);
    copy.put(rateClass, limitPerMinute);
    return new RateLimits(copy);
  }

  /** The allowance of a class, or 0 when it is not limited. */
  public int limitOf(RateClass rateClass) {
    return perMinute.getOrDefault(rateClass, 0);
  }
}
