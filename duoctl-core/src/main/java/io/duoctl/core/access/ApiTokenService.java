package io.duoctl.core.access;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.db.UniqueViolation;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, lists, revokes and checks the bearer tokens of the REST API. A token is {@code duoctl_}
 * followed by 32 random bytes in base64url; only its SHA-256 is stored (a fast hash is right for a
 * 256-bit random secret), with a short prefix for display. Changes are audited without the secret.
 *
 * <p>Checking a token is one read, so a revocation on any node counts at once; it writes nothing
 * but a token's first use. Later uses are kept in memory and written every {@link #FLUSH_EVERY}
 * (one update per token used), and by {@link #close()}; this node's {@link #list()} and {@link
 * #find} show them before they are written. Thread-safe.
 */
public final class ApiTokenService implements AutoCloseable {
  /** The start of every token, so scanners and people can tell what it is. */
  public static final String TOKEN_PREFIX = "duoctl_";

  static final int RANDOM_BYTES = 32;
  static final int SHOWN_CHARS = 8;
  static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  /** How often the uses kept in memory are written. */
  public static final Duration FLUSH_EVERY = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(ApiTokenService.class);

  private static final int ENCODED_LENGTH = 43;
  private static final Pattern SHAPE =
      Pattern.compile(Pattern.quote(TOKEN_PREFIX) + "[A-Za-z0-9_-]{" + ENCODED_LENGTH + "}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom random;
  private final LastUses lastUses = new LastUses();
  private final Object flushing = new Object();
  private ScheduledExecutorService flusher;
  private boolean closed;

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
    return jdbi.withHandle(ApiTokenStore::all).stream().map(this::withPendingUse).toList();
  }

  /** The token with this name, or failing that with this id. */
  public Optional<ApiToken> find(String nameOrId) {
    return jdbi.withHandle(handle -> ApiTokenStore.find(handle, nameOrId))
        .map(this::withPendingUse);
  }

  private ApiToken withPendingUse(ApiToken token) {
    return lastUses
        .pending(token.id())
        .filter(at -> token.lastUsedAt().map(at::isAfter).orElse(true))
        .map(at -> usedAt(token, at))
        .orElse(token);
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
   * token: a first use at once, later ones within {@link #FLUSH_EVERY}.
   *
   * @param presented the bearer token as received; may be null
   */
  public Optional<ApiToken> authenticate(String presented) {
    if (presented == null || !SHAPE.matcher(presented).matches()) {
      return Optional.empty();
    }
    byte[] hash = HexFormat.of().parseHex(hash(presented));
    Instant now = clock.instant();
    ApiToken match = null;
    for (ApiTokenStore.Candidate candidate :
        jdbi.withHandle(handle -> ApiTokenStore.withPrefix(handle, prefixOf(presented)))) {
      if (MessageDigest.isEqual(hash, candidate.hash())) {
        match = candidate.token();
      }
    }
    if (match == null || !match.active(now)) {
      return Optional.empty();
    }
    return Optional.of(recordUse(withPendingUse(match), SqlTimes.truncate(now)));
  }

  private ApiToken recordUse(ApiToken token, Instant at) {
    Optional<Instant> last = token.lastUsedAt();
    if (last.isPresent() && last.get().isAfter(at.minus(LAST_USE_PRECISION))) {
      return token;
    }
    if (last.isEmpty()) {
      writeUse(token.id(), at);
    } else {
      lastUses.record(token.id(), at);
      scheduleFlush();
    }
    return usedAt(token, at);
  }

  private static ApiToken usedAt(ApiToken token, Instant at) {
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

  private void writeUse(String id, Instant at) {
    jdbi.useHandle(handle -> ApiTokenStore.recordUse(handle, id, at, at.minus(LAST_USE_PRECISION)));
  }

  /** Writes the uses kept in memory now (one update per token). */
  public void flush() {
    synchronized (flushing) {
      lastUses.flush(this::writeUse);
    }
  }

  private void scheduleFlush() {
    synchronized (flushing) {
      if (flusher != null || closed) {
        return;
      }
      flusher =
          Executors.newSingleThreadScheduledExecutor(
              Thread.ofPlatform().daemon().name("api-token-last-use").factory());
      long every = FLUSH_EVERY.toMillis();
      var unused =
          flusher.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
    }
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("could not record the API tokens' last use; trying again later: {}", e.toString());
    }
  }

  /** Stops the periodic writes and writes the uses still in memory. */
  @Override
  public void close() {
    ScheduledExecutorService stopping;
    synchronized (flushing) {
      closed = true;
      stopping = flusher;
      flusher = null;
    }
    if (stopping != null) {
      stopping.shutdown();
    }
    flushQuietly();
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
