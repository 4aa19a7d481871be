package io.duoctl.core.access;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.vocabulary.InvalidValueException;
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
   * Creates a token from its fields as people write them: {@code scope} {@code read}, {@code run}
   * or {@code admin}; {@code expiresIn} such as {@code 90d} or null for no expiry (see {@link
   * TokenLifetime}).
   *
   * @throws InvalidApiTokenException naming every rejected field at once
   */
  public CreatedApiToken create(String name, String scope, String expiresIn, String actor) {
    List<FieldError> errors = new ArrayList<>();
    ApiScope parsedScope = null;
    if (scope != null) {
      try {
        parsedScope = ApiScope.parse(scope, "scope");
      } catch (InvalidValueException e) {
        errors.addAll(e.errors());
      }
    }
    Optional<Duration> lifetime = Optional.empty();
    if (expiresIn != null) {
      try {
        lifetime = Optional.of(TokenLifetime.parse(expiresIn));
      } catch (InvalidApiTokenException e) {
        errors.addAll(e.errors());
      }
    }
    check(name, parsedScope, lifetime, scope != null, errors);
    return create(name, parsedScope, lifetime, actor);
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
    check(name, scope, expiresIn);
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
            prefixOf(plaintext),
            now,
            actor,
            Optional.empty(),
            expiresIn.map(now::plus).map(SqlTimes::truncate),
            Optional.empty());
    try {
      jdbi.useTransaction(handle -> insert(handle, token, hash(plaintext)));
    } catch (RuntimeException e) {
      if (UniqueViolation.causedBy(e)) {
        throw nameTaken(name);
      }
      throw e;
    }
    return new CreatedApiToken(token, plaintext);
  }

  private static void check(String name, ApiScope scope, Optional<Duration> expiresIn) {
    check(name, scope, expiresIn, false, new ArrayList<>());
  }

  private static void check(
      String name,
      ApiScope scope,
      Optional<Duration> expiresIn,
      boolean scopeGiven,
      List<FieldError> errors) {
    if (name == null || !NAME.matcher(name).matches()) {
      errors.add(
          new FieldError(
              "name",
              "must be 1 to 64 letters, digits, dots, underscores or hyphens (e.g. n8n-prod)"));
    }
    if (scope == null && !scopeGiven) {
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
  }

  private void insert(Handle handle, ApiToken token, String hash) {
    ApiTokenStore.insert(handle, token, hash);
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

  private static InvalidApiTokenException nameTaken(String name) {
    return new InvalidApiTokenException(
        List.of(
            new FieldError(
                "name",
                "a token named \""
                    + name
                    + "\" already exists (revoked tokens keep their names); choose another name")));
  }

  /** Every token, revoked and expired ones included, newest first. */
  public List<ApiToken> list() {
    return jdbi.withHandle(ApiTokenStore::all);
  }

  /** The token with this name, or failing that with this id. */
  public Optional<ApiToken> find(String nameOrId) {
    return jdbi.withHandle(handle -> ApiTokenStore.find(handle, nameOrId));
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
              ApiTokenStore.find(handle, nameOrId)
                  .orElseThrow(() -> new ApiTokenNotFoundException(nameOrId));
          if (token.revokedAt().isPresent()) {
            return token;
          }
          Instant now = SqlTimes.truncate(clock.instant());
          ApiTokenStore.revoke(handle, token.id(), now);
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
          return ApiTokenStore.find(handle, token.id()).orElseThrow();
        });
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
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          ApiToken match = null;
          for (ApiTokenStore.Candidate candidate :
              ApiTokenStore.withPrefix(handle, prefixOf(presented))) {
            if (MessageDigest.isEqual(hash, candidate.hash())) {
              match = candidate.token();
            }
          }
          if (match == null || !match.active(now)) {
            return Optional.empty();
          }
          return Optional.of(recordUse(handle, match, SqlTimes.truncate(now)));
        });
  }

  private static ApiToken recordUse(Handle handle, ApiToken token, Instant at) {
    if (!ApiTokenStore.recordUse(handle, token.id(), at, at.minus(LAST_USE_PRECISION))) {
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

  private static String prefixOf(String plaintext) {
    return plaintext.substring(0, TOKEN_PREFIX.length() + SHOWN_CHARS);
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
