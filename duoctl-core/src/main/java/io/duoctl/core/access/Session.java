package io.duoctl.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One browser's console session. Every session, signed in or not, has its own CSRF token, so the
 * sign-in form is protected too. Its {@link #toString()} leaves out the id and the token.
 *
 * @param id the random session id the browser holds in its cookie (the database keeps only its
 *     SHA-256); never logged
 * @param csrfToken the token every unsafe request of this session must carry
 * @param operator the signed-in operator, as stored now (a role change shows at once), or empty
 *     before sign-in
 * @param createdAt when the session began (bounds its whole life)
 * @param lastSeenAt the last request of the session (bounds idle time)
 */
public record Session(
    String id,
    String csrfToken,
    Optional<Operator> operator,
    Instant createdAt,
    Instant lastSeenAt) {
  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
  }

  @Override
  public String toString() {
    return "Session[operator="
        + operator.map(Operator::username).orElse(null)
        + ", createdAt="
        + createdAt
        + ", lastSeenAt="
        + lastSeenAt
        + "]";
  }
}
