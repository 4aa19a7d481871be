import io.duoctl.client.admin.users.Users;
import io.duoctl.core.jobs.FanOutLimits;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;

/**
 * The critical-path limit: no schedule can beat the longest of (a) one organization's pages in a
 * row, (b) all requests spread over the fan-out's concurrency, (c) the requests of one token
 * bucket (all of them per integration key, one child's per account) through it. Shared by the
 * benches that read every organization's users: {@code users.list} fanned out, the reports.
 */
record CriticalPath(double seconds, String formula) {

  static CriticalPath of(
      int orgs,
      int users,
      long latencyMs,
      RateLimits limits,
      RateLimitScope scope,
      FanOutLimits fanOut) {
    int pages = pages(users);
    long requests = scope == RateLimitScope.ACCOUNT ? pages : (long) orgs * pages;
    double latency = latencyMs / 1000.0;
    double chain = pages * latency;
    int concurrency = Math.min(fanOut.overall(), orgs);
    double spread = Math.ceil((double) orgs / concurrency) * chain;
    int perMinute = limits.limitOf(RateClass.GET_PAGE);
    double rate = bucket(requests, perMinute, latency);
    double limit = Math.max(chain, Math.max(spread, rate));
    String formula =
        String.format(
            "max(chain %d pages x %.3f s = %.2f s,"
                + " concurrency ceil(%d orgs / %d) x %.2f s = %.2f s,"
                + " rate %s = %.1f s) = %.1f s",
            pages, latency, chain, orgs, concurrency, chain, spread,
            bucketFormula(requests, perMinute, latency), rate, limit);
    return new CriticalPath(limit, formula);
  }

  static CriticalPath sequential(
      int orgs, int users, long latencyMs, RateLimits limits, RateLimitScope scope) {
    long requests = (long) orgs * pages(users);
    long bucketed = scope == RateLimitScope.ACCOUNT ? pages(users) : requests;
    double latency = latencyMs / 1000.0;
    int perMinute = limits.limitOf(RateClass.GET_PAGE);
    double serial = requests * latency;
    double rate = bucket(bucketed, perMinute, latency);
    return new CriticalPath(
        Math.max(serial, rate),
        String.format(
            "max(%d requests x %.3f s = %.1f s, rate %s = %.1f s) = %.1f s",
            requests, latency, serial, bucketFormula(bucketed, perMinute, latency), rate,
            Math.max(serial, rate)));
  }

  /**
   * Every child is called with the parent's Accounts API integration key. Counted per
   * integration, all requests share one GET_PAGE bucket holding a minute's allowance and refilling
   * at perMinute/60 per second; counted per account, each child's own pages go through its own
   * bucket, so the bound is one child's ({@code requests} is then one child's pages).
   */
  private static double bucket(long requests, int perMinute, double latency) {
    if (perMinute == 0 || requests <= perMinute) {
      return 0;
    }
    return (requests - perMinute) / (perMinute / 60.0) + latency;
  }

  private static String bucketFormula(long requests, int perMinute, double latency) {
    if (perMinute == 0) {
      return "(GET_PAGE not limited)";
    }
    if (requests <= perMinute) {
      return String.format("(%d requests fit the %d-token burst)", requests, perMinute);
    }
    return String.format(
        "(%d requests - %d burst) / (%d/min = %.2f/s) + %.3f s",
        requests, perMinute, perMinute, perMinute / 60.0, latency);
  }

  static int pages(int users) {
    return Math.max(1, (users + Users.PAGE_SIZE - 1) / Users.PAGE_SIZE);
  }

  void print() {
    System.out.println("critical-path limit: " + formula);
  }
}
