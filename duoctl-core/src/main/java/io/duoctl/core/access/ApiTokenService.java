package io.duoctl.core.access;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.errors.FieldError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Creates, lists, revokes and checks the bearer tokens of the REST API. A token is {@code duoctl_}
 * followed by 32 random bytes in base64url; only its SHA-256 is stored (a fast hash is right for a
 * 256-bit random secret), with a short prefix for display. Changes are audited without the secret.
 * Thread-safe.
 */
public final class ApiTokenService {
  /** The start of every token, so scanners and people can tell what it is. */
  public static final String TOKEN_PREFIX = "duoctl_";

  static final int RANDOM_BYTES = 32;
  static final int SHOWN_CHARS = 8;
  static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  private static final int ENCODED_LENGTH = 43;
  private static final Pattern SHAPE =
      Pattern.compile(Pattern.quote(TOKEN_PREFIX) + "[A-Za-z0-9_-]{" + ENCODED_LENGTH + "}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final RowMapper<ApiToken> MAPPER =
      (rs, ctx) ->
          new ApiToken(
              rs.getString("id"),
              rs.getString("name"),
              ApiScope.valueOf(rs.getString("scope")),
              rs.getString("token_prefix"),
              SqlTimes.instant(rs, "created_at"),
              rs.getString("created_by"),
              Optional.ofNullable(SqlTimes.instant(rs, "last_used_at")),
              Optional.ofNullable(SqlTimes.instant(rs, "expires_at")),
              Optional.ofNullable(SqlTimes.instant(rs, "revoked_at")));

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom random;

  public ApiTokenService(Jdbi jdbi, AuditLog audit, Clock clock, SecureRandom random) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Creates a token; its plaintext is in the result and nowhere else, ever.
   *
   * @param name unique, 1 to 64 letters, digits, {@code . _ -}
   * @param expiresIn how long it works, or empty for no expiry (see {@link TokenLifetime})
   * @param actor who creates it, for the audit log
   * @throws InvalidApiTokenException naming every rejected field (including a name in use)
   */
  public CreatedApiToken create(
      String name, ApiScope scope, Optional<Duration> expiresIn, String actor) {
    List<FieldError> errors = new ArrayList<>();
    if (name == null || !NAME.matcher(name).matches()) {
      errors.add(
          new FieldError(
              "name",
              "must be 1 to 64 letters, digits, dots, underscores or hyphens (e.g. n8n-prod)"));
    }
    if (scope == null) {
      errors.add(new FieldError("scope", "is required; use read, run or admin"));
    }
    if (expiresIn.isPresent()) {
      try {
        TokenLifetime.check(expiresIn.get());
      } catch (InvalidApiTokenException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidApiTokenException(errors);
    }
    byte[] secret = new byte[RANDOM_BYTES];
    random.nextBytes(secret);
    String plaintext =
        TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = SqlTimes.truncate(clock.instant());
    ApiToken token =
        new ApiToken(
            UUID.randomUUID().toString(),
            name,
            scope,
            plaintext.substring(0, TOKEN_PREFIX.length() + SHOWN_CHARS),
            now,
            actor,
            Optional.empty(),
            expiresIn.map(now::plus).map(SqlTimes::truncate),
            Optional.empty());
    jdbi.useTransaction(handle -> insert(handle, token, hash(plaintext)));
    return new CreatedApiToken(token, plaintext);
  }

  private void insert(Handle handle, ApiToken token, String hash) {
    boolean taken =
        handle
                .createQuery("SELECT COUNT(*) FROM api_token WHERE name = :name")
                .bind("name", token.name())
                .mapTo(Integer.class)
                .one()
            > 0;
    if (taken) {
      throw new InvalidApiTokenException(
          List.of(
              new FieldError(
                  "name",
                  "a token named \""
                      + token.name()
                      + "\" already exists (revoked tokens keep their names); choose another"
                      + " name")));
    }
    handle
        .createUpdate(
            """
            INSERT INTO api_token (id, name, scope, token_prefix, token_hash, created_at,
              created_by, expires_at)
            VALUES (:id, :name, :scope, :prefix, :hash, :createdAt, :createdBy, :expiresAt)
            """)
        .bind("id", token.id())
        .bind("name", token.name())
        .bind("scope", token.scope().name())
        .bind("prefix", token.prefix())
        .bind("hash", hash)
        .bind("createdAt", SqlTimes.toDb(token.createdAt()))
        .bind("createdBy", token.createdBy())
        .bind("expiresAt", SqlTimes.toDb(token.expiresAt().orElse(null)))
        .execute();
    List<AuditChange> changes = new ArrayList<>();
    changes.add(AuditChange.of("name", null, token.name()));
    changes.add(AuditChange.of("scope", null, token.scope().wireName()));
    changes.add(AuditChange.of("prefix", null, token.prefix()));
    token.expiresAt().ifPresent(at -> changes.add(AuditChange.of("expires_at", null, at)));
    changes.add(AuditChange.secret("token", false, true));
    audit.append(
        handle,
        new AuditEvent(token.createdBy(), AuditSubject.API_TOKEN, token.id(), "created", changes));
  }

  /** Every token, revoked and expired ones included, newest first. */
  public List<ApiToken> list() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM api_token ORDER BY created_at DESC, name")
                .map(MAPPER)
                .list());
  }

  /**
   * Revokes the token with this name (or id); it stops working at once. Revoking a revoked token
   * changes nothing.
   *
   * @throws ApiTokenNotFoundException if no token has that name or id
   */
  public ApiToken revoke(String nameOrId, String actor) {
    return jdbi.inTransaction(
        handle -> {
          ApiToken token =
              find(handle, nameOrId).orElseThrow(() -> new ApiTokenNotFoundException(nameOrId));
          if (token.revokedAt().isPresent()) {
            return token;
          }
          Instant now = SqlTimes.truncate(clock.instant());
          handle
              .createUpdate("UPDATE api_token SET revoked_at = :now WHERE id = :id")
              .bind("now", SqlTimes.toDb(now))
              .bind("id", token.id())
              .execute();
          audit.append(
              handle,
              new AuditEvent(
                  actor,
                  AuditSubject.API_TOKEN,
                  token.id(),
                  "revoked",
                  List.of(
                      AuditChange.of("name", token.name(), token.name()),
                      AuditChange.of("revoked_at", null, now))));
          return find(handle, token.id()).orElseThrow();
        });
  }

  /** The token with this name, or failing that with this id. */
  public Optional<ApiToken> find(String nameOrId) {
    return jdbi.withHandle(handle -> find(handle, nameOrId));
  }

  private static Optional<ApiToken> find(Handle handle, String nameOrId) {
    return handle
        .createQuery(
            "SELECT * FROM api_token WHERE name = :key OR id = :key ORDER BY CASE WHEN name = :key"
                + " THEN 0 ELSE 1 END")
        .bind("key", nameOrId)
        .map(MAPPER)
        .findFirst();
  }

  /**
   * The active token {@code presented} is, or empty if it is malformed, unknown, revoked or
   * expired. Hashes are compared in constant time. Records the use, at most once a minute per
   * token.
   *
   * @param presented the bearer token as received; may be null
   */
  public Optional<ApiToken> authenticate(String presented) {
    if (presented == null || !SHAPE.matcher(presented).matches()) {
      return Optional.empty();
    }
    byte[] hash = HexFormat.of().parseHex(hash(presented));
    String prefix = presented.substring(0, TOKEN_PREFIX.length() + SHOWN_CHARS);
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          ApiToken match = null;
          for (Candidate candidate :
              handle
                  .createQuery("SELECT * FROM api_token WHERE token_prefix = :prefix")
                  .bind("prefix", prefix)
                  .map(
                      (rs, ctx) ->
                          new Candidate(
                              MAPPER.map(rs, ctx),
                              HexFormat.of().parseHex(rs.getString("token_hash"))))
                  .list()) {
            if (MessageDigest.isEqual(hash, candidate.hash())) {
              match = candidate.token();
            }
          }
          if (match == null || !match.active(now)) {
            return Optional.empty();
          }
          return Optional.of(recordUse(handle, match, now));
        });
  }

  private record Candidate(ApiToken token, byte[] hash) {}

  private static ApiToken recordUse(Handle handle, ApiToken token, Instant now) {
    Instant at = SqlTimes.truncate(now);
    int updated =
        handle
            .createUpdate(
                """
                UPDATE api_token SET last_used_at = :now
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at <= :stale)
                """)
            .bind("now", SqlTimes.toDb(at))
            .bind("stale", SqlTimes.toDb(at.minus(LAST_USE_PRECISION)))
            .bind("id", token.id())
            .execute();
    if (updated == 0) {
      return token;
    }
    return new ApiToken(
        token.id(),
        token.name(),
        token.scope(),
        token.prefix(),
        token.createdAt(),
        token.createdBy(),
        Optional.of(at),
        token.expiresAt(),
        token.revokedAt());
  }

  static String hash(String plaintext) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(plaintext.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
