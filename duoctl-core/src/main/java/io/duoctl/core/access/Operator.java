package io.duoctl.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in to the web console. Never carries the password or its hash.
 *
 * @param id the operator's id (a UUID)
 * @param username the name they sign in with, as entered (matched case-insensitively)
 * @param role what they may do, with the same meaning as an API token's scope
 * @param lastSignInAt when they last signed in successfully
 */
public record Operator(
    String id, String username, ApiScope role, Instant createdAt, Optional<Instant> lastSignInAt) {
  public Operator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSignInAt, "lastSignInAt");
  }
}
