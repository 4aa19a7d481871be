package io.duoctl.core.pacing;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.Sleeper;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Pacing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps requests within Duo's rate limits and learns them from Duo's answers. Duo publishes
 * allowances per endpoint class but not what it counts them against: the integration key (so every
 * child account reached with the parent's Accounts API keys shares one allowance) or each account.
 * So a request takes a token from two buckets of its class: its integration key's and, for a child
 * account, that account's. Each bucket starts full at the published allowance and learns:
 *
 * <ul>
 *   <li><b>Additive increase</b>: a request that had to wait for a bucket and then succeeded adds
 *       to that bucket's rate. Until the bucket's first 429 it adds half the published allowance
 *       per success (discovery); after it, 1/200 of it (steady).
 *   <li><b>Multiplicative decrease</b>: a 429 cuts the rate of the buckets the request waited for
 *       to 70%, and empties them, once per request sent before the cut: replies to requests already
 *       on their way do not cut again. A 429 to a request that waited for none (Duo's allowance was
 *       used by someone else: another process on the same keys, or this one before a restart)
 *       teaches no rate: it empties the request's buckets, so the next requests wait a token's
 *       time, and their answers teach.
 *   <li><b>Scope found by observation</b>: a bucket whose rate grows to 8 times the published
 *       allowance while discovering has been sent well past that allowance without a 429, so Duo
 *       evidently does not count there; it stops holding requests (the other scope's buckets still
 *       do). Its next 429 puts it back, at 70% of that rate, steady.
 * </ul>
 *
 * <p>Buckets are per endpoint class, and for the logs per log endpoint: Duo allows each log
 * endpoint its 2 requests a minute. That allowance is too small to learn the scope by waiting (14
 * waits of up to 30 s), so for child accounts' logs the integration key's bucket starts as if found
 * uncounted, each account's own bucket holding its requests at 95% of the allowance (never above,
 * so that no request reaches Duo milliseconds before its token). A 429 to a request its account's
 * bucket had paced is a strike against the key; strikes from two accounts within a minute show Duo
 * counts the key, whose bucket then holds requests at 95% of the allowance too, unless more than
 * twice the allowance went through the key within a minute (which proves Duo does not count it). A
 * 429 to a request nothing paced (an allowance drained before a restart) only empties the account's
 * bucket, and a log bucket is never cut below the published rate.
 *
 * <p>A request waits in order for its tokens, re-checking at least every 50 ms so that a rate
 * learned meanwhile applies to it. Buckets unused longest are dropped beyond 10,000 (a dropped
 * bucket starts again at the published allowance). Thread-safe.
 */
public final class RequestPacer implements Pacing {

  static final double CUT = 0.7;
  static final double DISCOVERY_STEP = 0.5;
  static final double STEADY_STEP = 1.0 / 200;
  static final double NOT_ENFORCED_AT = 8;
  static final double LOWEST_SHARE = 1.0 / 16;
  static final Duration RECHECK = Duration.ofMillis(50);
  static final int MAX_BUCKETS = 10_000;
  static final Duration STRIKE_WINDOW = Duration.ofMinutes(1);
  static final double CAPPED_SHARE = 0.95;

  /** A millionth of a token: counts in doubles are that close to exact, no closer. */
  private static final double ROUNDING = 1e-6;

  private static final Permit NOT_PACED = status -> {};

  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<EndpointClass, Integer> perMinute;
  private final Map<BucketKey, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

  /**
   * @param perMinute each paced class's published allowance (a class without one is not paced)
   */
  RequestPacer(Clock clock, Sleeper sleeper, Map<EndpointClass, Integer> perMinute) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.perMinute = new EnumMap<>(perMinute);
  }

  /**
   * A pacer starting from the allowances Duo published (300/min for changes and single reads,
   * 200/min for pages, 2/min for logs; Auth API calls are not paced).
   *
   * @param clock tells the time (tests pass one they move)
   * @param sleeper waits for a token (tests pass one that moves their clock)
   */
  public static RequestPacer published(Clock clock, Sleeper sleeper) {
    Map<EndpointClass, Integer> limits = new EnumMap<>(EndpointClass.class);
    for (EndpointClass endpoint : EndpointClass.values()) {
      limits.put(endpoint, endpoint.perMinute());
    }
    return new RequestPacer(clock, sleeper, limits);
  }

  /**
   * Waits until {@code request} to {@code target} fits its buckets, and takes its tokens.
   *
   * @return where to report Duo's answer
   * @throws InterruptedException if interrupted while waiting (the tokens stay taken)
   */
  @Override
  public Permit acquire(DuoTarget target, DuoRequest request) throws InterruptedException {
    EndpointClass endpoint = EndpointClass.of(request.method(), request.path());
    int allowance = perMinute.getOrDefault(endpoint, 0);
    if (allowance == 0) {
      return NOT_PACED;
    }
    boolean logs = endpoint == EndpointClass.LOGS;
    String route = logs ? request.path() : "";
    Bucket key =
        bucket(
            new BucketKey(Scope.INTEGRATION, target.integrationKey(), endpoint, route),
            allowance,
            logs && target.accountId().isPresent());
    Bucket account =
        target
            .accountId()
            .map(id -> bucket(new BucketKey(Scope.ACCOUNT, id, endpoint, route), allowance, false))
            .orElse(null);
    if (account != null && logs) {
      account.capAtAllowance();
    }
    long now = nanos();
    Ticket keyTicket = key.take(now);
    Ticket accountTicket = account == null ? null : account.take(now);
    for (long wait = waitFor(keyTicket, accountTicket, now);
        wait > 0;
        wait = waitFor(keyTicket, accountTicket, now)) {
      sleeper.sleep(Duration.ofNanos(Math.min(wait, RECHECK.toNanos())));
      now = nanos();
    }
    Sent keySent = keyTicket.sent();
    Sent accountSent = accountTicket == null ? null : accountTicket.sent();
    String accountId = target.accountId().orElse("");
    return status -> answered(status, keySent, accountSent, accountId);
  }

  private static long waitFor(Ticket key, Ticket account, long now) {
    return Math.max(key.waitNanos(now), account == null ? 0 : account.waitNanos(now));
  }

  private void answered(int status, Sent key, Sent account, String accountId) {
    long now = nanos();
    if (status >= 200 && status < 300) {
      key.succeeded(now);
      key.counted(now);
      if (account != null) {
        account.succeeded(now);
      }
    } else if (status == 429) {
      boolean accountWaited = account != null && account.waited();
      if (key.assumedUncounted() && account != null) {
        if (accountWaited) {
          account.limited(now);
          key.struck(accountId, now);
        } else {
          account.usedUp(now);
        }
        return;
      }
      if (!key.waited() && !accountWaited && !key.uncounted()) {
        key.usedUp(now);
        if (account != null) {
          account.usedUp(now);
        }
        return;
      }
      if (key.waited() || !accountWaited) {
        key.limited(now);
      }
      if (accountWaited) {
        account.limited(now);
      }
    }
  }

  private Bucket bucket(BucketKey key, int allowance, boolean assumedUncounted) {
    synchronized (buckets) {
      Bucket bucket =
          buckets.computeIfAbsent(key, k -> new Bucket(allowance, nanos(), assumedUncounted));
      if (buckets.size() > MAX_BUCKETS) {
        var eldest = buckets.keySet().iterator();
        eldest.next();
        eldest.remove();
      }
      return bucket;
    }
  }

  /** The rate a bucket has learned, per minute (the published allowance if it has none yet). */
  double ratePerMinute(Scope scope, String id, EndpointClass endpoint) {
    synchronized (buckets) {
      Bucket bucket = buckets.get(new BucketKey(scope, id, endpoint, ""));
      return bucket == null ? perMinute.getOrDefault(endpoint, 0) : bucket.ratePerMinute();
    }
  }

  /** Whether a bucket has been found not to be what Duo counts, and no longer holds requests. */
  boolean notEnforced(Scope scope, String id, EndpointClass endpoint) {
    synchronized (buckets) {
      Bucket bucket = buckets.get(new BucketKey(scope, id, endpoint, ""));
      return bucket != null && bucket.state() == State.NOT_ENFORCED;
    }
  }

  /** How many buckets are kept. */
  int bucketCount() {
    synchronized (buckets) {
      return buckets.size();
    }
  }

  private long nanos() {
    return Duration.between(Instant.EPOCH, clock.instant()).toNanos();
  }

  /** What a bucket counts against. */
  enum Scope {
    INTEGRATION,
    ACCOUNT
  }

  private enum State {
    DISCOVERING,
    STEADY,
    NOT_ENFORCED
  }

  /** {@code route}: the log endpoint's path for {@link EndpointClass#LOGS}, else empty. */
  private record BucketKey(Scope scope, String id, EndpointClass endpoint, String route) {}

  /** A token taken: its place in the bucket's order, and whether it had to wait for it. */
  private record Ticket(Bucket bucket, double place, boolean waited) {

    long waitNanos(long now) {
      return bucket.waitNanos(place, now);
    }

    Sent sent() {
      return new Sent(bucket, waited, bucket.cuts());
    }
  }

  /** A request on its way: the bucket's number of cuts when it left. */
  private record Sent(Bucket bucket, boolean waited, long cutsBefore) {

    void succeeded(long now) {
      if (waited) {
        bucket.grow(now);
      }
    }

    void limited(long now) {
      bucket.cut(cutsBefore, now);
    }

    void usedUp(long now) {
      bucket.empty(now);
    }

    void counted(long now) {
      bucket.succeededAt(now);
    }

    boolean uncounted() {
      return bucket.state() == State.NOT_ENFORCED;
    }

    boolean assumedUncounted() {
      return bucket.assumedUncounted();
    }

    void struck(String accountId, long now) {
      bucket.struck(accountId, now);
    }
  }

  /**
   * A token bucket kept as two running counts, tokens produced and tokens handed out: a token is
   * due once as many have been produced as its place. Production runs at the learned rate and stops
   * a full allowance ahead of the tokens handed out.
   */
  private static final class Bucket {
    private final double allowancePerNano;
    private final double capacity;
    private double share = 1;
    private double produced;
    private double handedOut;
    private long updated;
    private long cuts;
    private State state;
    private boolean assumedUncounted;
    private boolean cappedAtAllowance;
    private boolean provenUncounted;
    private final Map<String, Long> strikes = new HashMap<>();
    private final ArrayDeque<Long> successes = new ArrayDeque<>();

    Bucket(int perMinute, long now, boolean assumedUncounted) {
      this.allowancePerNano = perMinute / 60e9;
      this.capacity = perMinute;
      this.produced = capacity;
      this.updated = now;
      this.assumedUncounted = assumedUncounted;
      this.state = assumedUncounted ? State.NOT_ENFORCED : State.DISCOVERING;
    }

    synchronized Ticket take(long now) {
      if (state == State.NOT_ENFORCED) {
        return new Ticket(this, Double.NEGATIVE_INFINITY, false);
      }
      produce(now);
      handedOut += 1;
      return new Ticket(this, handedOut, handedOut - produced > ROUNDING);
    }

    synchronized long waitNanos(double place, long now) {
      if (state == State.NOT_ENFORCED) {
        return 0;
      }
      produce(now);
      double missing = place - produced;
      return missing <= ROUNDING ? 0 : (long) Math.ceil(missing / (share * allowancePerNano));
    }

    synchronized boolean assumedUncounted() {
      return assumedUncounted;
    }

    synchronized void capAtAllowance() {
      if (!cappedAtAllowance) {
        cappedAtAllowance = true;
        share = Math.min(share, CAPPED_SHARE);
      }
    }

    /**
     * A success through this key's bucket while it is assumed uncounted: more than twice the
     * published allowance within a minute proves Duo does not count the key, and 429s are no longer
     * held against it.
     */
    synchronized void succeededAt(long now) {
      if (!assumedUncounted || provenUncounted) {
        return;
      }
      successes.addLast(now);
      while (now - successes.peekFirst() > STRIKE_WINDOW.toNanos()) {
        successes.removeFirst();
      }
      if (successes.size() > 2 * capacity) {
        provenUncounted = true;
        successes.clear();
      }
    }

    /**
     * A 429 to a request paced by its account's bucket while this key's bucket was assumed
     * uncounted: from a second account within a minute, Duo evidently counts the key, and this
     * bucket holds requests again at the published allowance.
     */
    synchronized void struck(String accountId, long now) {
      if (provenUncounted) {
        return;
      }
      strikes.values().removeIf(at -> now - at > STRIKE_WINDOW.toNanos());
      strikes.put(accountId, now);
      if (assumedUncounted && strikes.size() >= 2) {
        cuts++;
        updated = now;
        state = State.STEADY;
        share = CAPPED_SHARE;
        cappedAtAllowance = true;
        assumedUncounted = false;
        produced = Math.min(produced, handedOut);
        strikes.clear();
      }
    }

    synchronized long cuts() {
      return cuts;
    }

    synchronized State state() {
      return state;
    }

    synchronized double ratePerMinute() {
      return share * capacity;
    }

    synchronized void grow(long now) {
      if (state == State.NOT_ENFORCED) {
        return;
      }
      produce(now);
      if (cappedAtAllowance) {
        share = Math.min(share + STEADY_STEP, CAPPED_SHARE);
        return;
      }
      double step = state == State.DISCOVERING ? DISCOVERY_STEP : STEADY_STEP;
      share = Math.min(share + step, NOT_ENFORCED_AT);
      if (state == State.DISCOVERING && share >= NOT_ENFORCED_AT) {
        state = State.NOT_ENFORCED;
      }
    }

    synchronized void cut(long cutsBefore, long now) {
      if (cutsBefore != cuts) {
        return;
      }
      cuts++;
      produce(now);
      state = State.STEADY;
      if (!cappedAtAllowance) {
        share = Math.max(share * CUT, LOWEST_SHARE);
      }
      produced = Math.min(produced, handedOut);
    }

    synchronized void empty(long now) {
      produce(now);
      produced = Math.min(produced, handedOut);
    }

    private void produce(long now) {
      if (now > updated) {
        produced =
            Math.min(handedOut + capacity, produced + share * allowancePerNano * (now - updated));
        updated = now;
      }
    }
  }
}
