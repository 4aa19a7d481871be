package io.duoctl.app.console;

import io.duoctl.core.access.ApiScope;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, in memory. A session ends after {@link #IDLE} without a request or {@link
 * #LIFETIME} after it began, whichever comes first; signing in replaces the session with a new id
 * and CSRF token (no fixation).
 *
 * <p>Held in memory on purpose: a session carries nothing worth keeping (the operator's name and a
 * token), the database schema belongs to the core, and a restart merely asks operators to sign in
 * again. Several console nodes behind one address therefore need sticky sessions. Thread-safe.
 */
final class SessionStore {
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration LIFETIME = Duration.ofHours(12);

  private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  SessionStore(Clock clock) {
    this.clock = clock;
  }

  /** A new anonymous session. */
  ConsoleSession create() {
    return store(null, null, clock.instant());
  }

  /** The live session with this id, marked as seen now; empty when unknown or expired. */
  Optional<ConsoleSession> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    ConsoleSession found = sessions.get(id);
    if (found == null) {
      return Optional.empty();
    }
    if (expired(found, now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    ConsoleSession seen = found.seenAt(now);
    sessions.replace(id, found, seen);
    return Optional.of(seen);
  }

  /** Ends {@code previous} and starts a signed-in session for {@code operator}. */
  ConsoleSession signIn(ConsoleSession previous, String operator, ApiScope role) {
    sessions.remove(previous.id());
    return store(operator, role, clock.instant());
  }

  /** Ends the session with this id, if any. */
  void end(String id) {
    sessions.remove(id);
  }

  private ConsoleSession store(String operator, ApiScope role, Instant now) {
    sessions.values().removeIf(s -> expired(s, now));
    ConsoleSession session =
        new ConsoleSession(randomToken(), randomToken(), operator, role, now, now);
    sessions.put(session.id(), session);
    return session;
  }

  private static boolean expired(ConsoleSession s, Instant now) {
    return !now.isBefore(s.lastSeenAt().plus(IDLE)) || !now.isBefore(s.createdAt().plus(LIFETIME));
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
