package io.duoctl.emulator.http;

import io.duoctl.emulator.model.Integration;

/** Decides whether an authenticated call may proceed now. Implementations are thread-safe. */
@FunctionalInterface
public interface RateLimiter {

  /** A limiter that lets everything through. */
  RateLimiter NONE = (integration, rateClass) -> {};

  /**
   * Takes one request's worth of allowance.
   *
   * @throws DuoError 429 42901 when the integration's allowance for the class is used up
   */
  void acquire(Integration integration, RateClass rateClass);
}
