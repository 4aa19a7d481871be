package io.duoctl.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API token as stored: never its secret, only a {@code prefix} of it for people to recognize it
 * by (too short to use).
 *
 * @param id the token's id (a UUID)
 * @param name its unique name, such as {@code n8n-prod}
 * @param scope the highest scope it has
 * @param prefix the first characters of the token, such as {@code duoctl_Ab3dE9xY}
 * @param createdBy who created it
 * @param lastUsedAt when it last authenticated a request (recorded at most once a minute)
 * @param expiresAt when it stops working, if ever
 * @param revokedAt when it was revoked, if it was
 */
public record ApiToken(
    String id,
    String name,
    ApiScope scope,
    String prefix,
    Instant createdAt,
    String createdBy,
    Optional<Instant> lastUsedAt,
    Optional<Instant> expiresAt,
    Optional<Instant> revokedAt) {
  public ApiToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }

  /** Whether the token's scope grants {@code required} (regardless of whether it is active). */
  public boolean allows(ApiScope required) {
    return scope.includes(required);
  }

  /** Whether the token works at {@code now}: not revoked and not expired. */
  public boolean active(Instant now) {
    return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
  }

  /** Whether the token has expired by {@code now}. */
  public boolean expired(Instant now) {
    return expiresAt.map(at -> !now.isBefore(at)).orElse(false);
  }

  /**
   * How people see the token at {@code now}: {@code revoked}, {@code expired} or {@code active}.
   */
  public String status(Instant now) {
    if (revokedAt.isPresent()) {
      return "revoked";
    }
    return expired(now) ? "expired" : "active";
  }
}
