package io.duoctl.core.access;

import io.duoctl.core.db.SqlTimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Counts failed sign-ins per username and per client address over a sliding window, in the database
 * so every node sees the same counts. Thread-safe.
 */
final class SignInThrottle {
  private static final int MAX_KEY = 200;

  /** At most {@code perUsername} and {@code perClient} failures within {@code window}. */
  record Limits(int perUsername, int perClient, Duration window) {
    static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(15));
  }

  private final Limits limits;
  private final Clock clock;

  SignInThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * @throws SignInThrottledException if either limit is reached, with the time until the oldest
   *     failure that counts leaves the window
   */
  void check(Handle handle, String usernameKey, String clientAddress) {
    Instant now = clock.instant();
    Instant cutoff = now.minus(limits.window());
    Optional<Instant> until =
        latest(
            nthNewest(handle, "username_key", key(usernameKey), limits.perUsername(), cutoff),
            nthNewest(handle, "client_address", key(clientAddress), limits.perClient(), cutoff));
    if (until.isPresent()) {
      Duration wait = Duration.between(now, until.get().plus(limits.window()));
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      throw new SignInThrottledException(Duration.ofSeconds(seconds));
    }
  }

  void recordFailure(Handle handle, String usernameKey, String clientAddress) {
    Instant now = clock.instant();
    handle
        .createUpdate("DELETE FROM sign_in_failure WHERE failed_at <= :cutoff")
        .bind("cutoff", SqlTimes.toDb(now.minus(limits.window())))
        .execute();
    handle
        .createUpdate(
            """
            INSERT INTO sign_in_failure (username_key, client_address, failed_at)
            VALUES (:username, :client, :now)
            """)
        .bind("username", key(usernameKey))
        .bind("client", key(clientAddress))
        .bind("now", SqlTimes.toDb(now))
        .execute();
  }

  /** Forgets a username's failures after it signed in. */
  void clear(Handle handle, String usernameKey) {
    handle
        .createUpdate("DELETE FROM sign_in_failure WHERE username_key = :username")
        .bind("username", key(usernameKey))
        .execute();
  }

  private static Optional<Instant> nthNewest(
      Handle handle, String column, String value, int n, Instant cutoff) {
    return handle
        .createQuery(
            "SELECT failed_at FROM sign_in_failure WHERE "
                + column
                + " = :value AND failed_at > :cutoff ORDER BY failed_at DESC"
                + " OFFSET :skip ROWS FETCH NEXT 1 ROWS ONLY")
        .bind("value", value)
        .bind("cutoff", SqlTimes.toDb(cutoff))
        .bind("skip", n - 1)
        .map((rs, ctx) -> SqlTimes.instant(rs, "failed_at"))
        .findFirst();
  }

  private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
  }

  private static String key(String value) {
    String text = value == null || value.isBlank() ? "unknown" : value.strip();
    return text.length() > MAX_KEY ? text.substring(0, MAX_KEY) : text;
  }
}
