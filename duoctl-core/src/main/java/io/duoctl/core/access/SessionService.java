package io.duoctl.core.access;

import io.duoctl.core.db.SqlTimes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Web console sessions, kept in the database so they survive a restart and every node on the same
 * database honours them (no sticky sessions needed). A session ends after {@link #IDLE} without a
 * request or {@link #LIFETIME} after it began, whichever comes first; signing in replaces the
 * session with a new id and CSRF token (no fixation); deleting an operator or changing their
 * password ends all their sessions (see {@link OperatorService}).
 *
 * <p>Session ids are 32 random bytes (base64url) held only by the browser; the table keeps their
 * SHA-256, so reading the database does not let anyone take over a session. Thread-safe.
 */
public final class SessionService {
  /** How long a session lives without a request. */
  public static final Duration IDLE = Duration.ofMinutes(30);

  /** How long a session lives at most, however busy. */
  public static final Duration LIFETIME = Duration.ofHours(12);

  /** Requests closer together than this do not rewrite the session's last-seen time. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final Jdbi jdbi;
  private final Clock clock;
  private final SecureRandom random;

  public SessionService(Jdbi jdbi, Clock clock, SecureRandom random) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Starts a session before sign-in, first deleting every expired session. */
  public Session create() {
    return start(null, null);
  }

  /**
   * The live session with this id, marked as seen now.
   *
   * @param id the id from the browser's cookie; null, blank or unknown give empty
   * @return empty when unknown or expired (an expired session is deleted)
   */
  public Optional<Session> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    String hash = hash(id);
    Instant now = SqlTimes.truncate(clock.instant());
    return jdbi.inTransaction(
        handle -> {
          Optional<ConsoleSessionStore.Row> found = ConsoleSessionStore.byHash(handle, hash);
          if (found.isEmpty()) {
            return Optional.empty();
          }
          ConsoleSessionStore.Row row = found.get();
          if (expired(row.createdAt(), row.lastSeenAt(), now)) {
            ConsoleSessionStore.delete(handle, hash);
            return Optional.empty();
          }
          ConsoleSessionStore.touch(handle, hash, now, now.minus(TOUCH_EVERY));
          return Optional.of(
              new Session(id, row.csrfToken(), row.operator(), row.createdAt(), now));
        });
  }

  /**
   * Ends {@code previousId}'s session (if any) and starts a signed-in one for {@code operator},
   * with a new id and CSRF token.
   *
   * @param previousId the session the sign-in form was posted in; may be null
   */
  public Session signIn(String previousId, Operator operator) {
    Objects.requireNonNull(operator, "operator");
    return start(previousId, operator);
  }

  /** Ends the session with this id; nothing happens when it is null or unknown. */
  public void end(String id) {
    if (id != null && !id.isBlank()) {
      jdbi.useHandle(handle -> ConsoleSessionStore.delete(handle, hash(id)));
    }
  }

  /**
   * Ends every session of the operator with this id (also done by {@link OperatorService} when the
   * operator is deleted or their password changes).
   *
   * @return how many sessions ended
   */
  public int endAllOf(String operatorId) {
    return jdbi.withHandle(handle -> ConsoleSessionStore.deleteOfOperator(handle, operatorId));
  }

  /** Deletes every expired session; returns how many. */
  public int purgeExpired() {
    Instant now = SqlTimes.truncate(clock.instant());
    return jdbi.withHandle(
        handle -> ConsoleSessionStore.deleteExpired(handle, now.minus(IDLE), now.minus(LIFETIME)));
  }

  private Session start(String previousId, Operator operator) {
    Instant now = SqlTimes.truncate(clock.instant());
    String id = randomToken();
    String csrf = randomToken();
    jdbi.useTransaction(
        handle -> {
          ConsoleSessionStore.deleteExpired(handle, now.minus(IDLE), now.minus(LIFETIME));
          if (previousId != null && !previousId.isBlank()) {
            ConsoleSessionStore.delete(handle, hash(previousId));
          }
          ConsoleSessionStore.insert(
              handle, hash(id), csrf, operator == null ? null : operator.id(), now);
        });
    return new Session(id, csrf, Optional.ofNullable(operator), now, now);
  }

  private static boolean expired(Instant createdAt, Instant lastSeenAt, Instant now) {
    return !now.isBefore(lastSeenAt.plus(IDLE)) || !now.isBefore(createdAt.plus(LIFETIME));
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String id) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
