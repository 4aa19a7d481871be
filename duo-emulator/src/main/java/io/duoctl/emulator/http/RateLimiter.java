package io.duoctl.emulator.http;

import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;

/** Decides whether an authenticated call may proceed now. Implementations are thread-safe. */
@FunctionalInterface
public interface RateLimiter {

  /** A limiter that lets everything through. */
  RateLimiter NONE = (integration, account, rateClass, endpoint) -> {};

  /**
   * Takes one request's worth of allowance.
   *
   * @param account the account the call acts on (a child reached with {@code account_id}), or null
   * @param endpoint the route's pattern; each log endpoint has its own allowance
   * @throws DuoError 429 42901 when the allowance for the class is used up
   */
  void acquire(Integration integration, Account account, RateClass rateClass, String endpoint);
}
