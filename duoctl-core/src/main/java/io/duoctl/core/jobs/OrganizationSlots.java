package io.duoctl.core.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many organizations run at once, overall and per Duo account ({@link FanOutLimits}): one set
 * per {@link FanOut}, held by its jobs and by the reports run over it, so a rate-limited account
 * (whose worker sleeps in the client's back-off) never holds back the others. Thread-safe.
 */
public final class OrganizationSlots {

  private final FanOutLimits limits;
  private final Semaphore overall;
  private final Map<String, Semaphore> perAccount = new ConcurrentHashMap<>();

  public OrganizationSlots(FanOutLimits limits) {
    this.limits = limits;
    this.overall = new Semaphore(limits.overall());
  }

  /**
   * Runs {@code work} once a slot of the account ({@link
   * io.duoctl.core.actions.ResolvedOrganization#accountKey}) and one overall are free, waiting for
   * them in that order, and returns what it returns.
   */
  public <T> T hold(String accountKey, Supplier<T> work) {
    Semaphore account =
        perAccount.computeIfAbsent(accountKey, key -> new Semaphore(limits.perAccount()));
    account.acquireUninterruptibly();
    try {
      overall.acquireUninterruptibly();
      try {
        return work.get();
      } finally {
        overall.release();
      }
    } finally {
      account.release();
    }
  }
}
