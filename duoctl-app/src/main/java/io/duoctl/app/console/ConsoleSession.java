package io.duoctl.app.console;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.access.Operator;
import io.duoctl.core.access.Session;
import java.time.Instant;
import java.util.Objects;

/**
 * One browser's console session as the pages see it: a view of the {@link Session} stored in the
 * database by {@link io.duoctl.core.access.SessionService} (shared by every node on that database,
 * kept across restarts). Every session, signed in or not, has its own CSRF token, so the sign-in
 * form is protected too.
 *
 * @param id the random session id sent as the cookie; never logged
 * @param csrfToken the token every unsafe request of this session must carry
 * @param operator the signed-in operator's username, or null before sign-in
 * @param role what the operator may do, or null before sign-in
 * @param createdAt when the session began (bounds its whole life)
 * @param lastSeenAt the last request of the session (bounds idle time)
 */
public record ConsoleSession(
    String id,
    String csrfToken,
    String operator,
    ApiScope role,
    Instant createdAt,
    Instant lastSeenAt) {
  public ConsoleSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
  }

  /** Whether an operator signed in on this session. */
  public boolean signedIn() {
    return operator != null;
  }

  /** The audit actor for changes made in this session, {@code console:<username>}. */
  public String actor() {
    if (operator == null) {
      throw new IllegalStateException("no operator is signed in on this session");
    }
    return "console:" + operator;
  }

  /** Whether the operator's role grants {@code required}; false before sign-in. */
  public boolean allows(ApiScope required) {
    return role != null && role.includes(required);
  }

  static ConsoleSession of(Session session) {
    return new ConsoleSession(
        session.id(),
        session.csrfToken(),
        session.operator().map(Operator::username).orElse(null),
        session.operator().map(Operator::role).orElse(null),
        session.createdAt(),
        session.lastSeenAt());
  }

  @Override
  public String toString() {
    return "ConsoleSession[operator="
        + operator
        + ", role="
        + role
        + ", createdAt="
        + createdAt
        + "]";
  }
}
