package io.duoctl.core.access;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.errors.FieldError;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The people who sign in to the web console: create, sign in, change password, list, delete.
 * Passwords are stored as Argon2id hashes (OWASP cost); every {@code char[]} password passed in is
 * wiped (filled with zeros) before the method returns. Failed sign-ins are throttled per username
 * and per client address through the database, so several nodes share the count. Changes and
 * sign-ins are audited, never with a password. Thread-safe.
 */
public final class OperatorService {
  private static final RowMapper<Operator> MAPPER =
      (rs, ctx) ->
          new Operator(
              rs.getString("id"),
              rs.getString("username"),
              ApiScope.valueOf(rs.getString("role")),
              SqlTimes.instant(rs, "created_at"),
              Optional.ofNullable(SqlTimes.instant(rs, "last_sign_in_at")));

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final PasswordHasher hasher;
  private final SignInThrottle throttle;

  public OperatorService(Jdbi jdbi, AuditLog audit, Clock clock, SecureRandom random) {
    this(
        jdbi,
        audit,
        clock,
        new PasswordHasher(PasswordHasher.OWASP, random),
        SignInThrottle.Limits.DEFAULT);
  }

  OperatorService(
      Jdbi jdbi, AuditLog audit, Clock clock, PasswordHasher hasher, SignInThrottle.Limits limits) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
    this.hasher = hasher;
    this.throttle = new SignInThrottle(limits, clock);
  }

  /**
   * Creates an operator.
   *
   * @param password at least 12 characters; wiped on return
   * @throws InvalidOperatorException naming every rejected field, including a username in use
   */
  public Operator create(String username, char[] password, ApiScope role, String actor) {
    try {
      List<FieldError> errors = new ArrayList<>();
      OperatorRules.checkUsername(username, errors);
      OperatorRules.checkPassword(password, username, errors);
      OperatorRules.checkRole(role, errors);
      OperatorRules.throwIfAny(errors);
      String hash = hasher.hash(password);
      return jdbi.inTransaction(handle -> insert(handle, username.strip(), hash, role, actor));
    } finally {
      wipe(password);
    }
  }

  private Operator insert(
      Handle handle, String username, String hash, ApiScope role, String actor) {
    if (row(handle, username).isPresent()) {
      throw new InvalidOperatorException(
          List.of(
              new FieldError(
                  "username", "\"" + username + "\" is already taken; choose another username")));
    }
    String id = UUID.randomUUID().toString();
    handle
        .createUpdate(
            """
            INSERT INTO console_operator (id, username, username_key, role, password_hash,
              created_at, created_by)
            VALUES (:id, :username, :key, :role, :hash, :now, :actor)
            """)
        .bind("id", id)
        .bind("username", username)
        .bind("key", OperatorRules.key(username))
        .bind("role", role.name())
        .bind("hash", hash)
        .bind("now", SqlTimes.toDb(clock.instant()))
        .bind("actor", actor)
        .execute();
    append(
        handle,
        actor,
        id,
        "created",
        List.of(
            AuditChange.of("username", null, username),
            AuditChange.of("role", null, role.wireName()),
            AuditChange.secret("password", false, true)));
    return row(handle, username).orElseThrow().operator();
  }

  /**
   * Checks a sign-in and records it.
   *
   * @param password wiped on return
   * @param clientAddress the address the attempt came from, for throttling
   * @throws SignInThrottledException after too many recent failures for the username or the address
   *     (5 and 20 in 15 minutes); the password is not checked then
   * @throws SignInFailedException if the username is unknown or the password wrong (one message)
   */
  public Operator signIn(String username, char[] password, String clientAddress) {
    try {
      String key = OperatorRules.key(username);
      jdbi.useHandle(handle -> throttle.check(handle, key, clientAddress));
      Optional<Row> found = jdbi.withHandle(handle -> row(handle, username));
      boolean ok;
      if (found.isPresent()) {
        ok = password != null && hasher.verify(password, found.get().passwordHash());
      } else {
        hasher.hash(password == null ? new char[0] : password);
        ok = false;
      }
      if (!ok) {
        jdbi.useTransaction(handle -> throttle.recordFailure(handle, key, clientAddress));
        throw new SignInFailedException();
      }
      Row row = found.get();
      String rehashed = hasher.needsRehash(row.passwordHash()) ? hasher.hash(password) : null;
      return jdbi.inTransaction(
          handle -> signedIn(handle, row.operator(), rehashed, clientAddress));
    } finally {
      wipe(password);
    }
  }

  private Operator signedIn(
      Handle handle, Operator operator, String rehashed, String clientAddress) {
    throttle.clear(handle, OperatorRules.key(operator.username()));
    handle
        .createUpdate("UPDATE console_operator SET last_sign_in_at = :now WHERE id = :id")
        .bind("now", SqlTimes.toDb(clock.instant()))
        .bind("id", operator.id())
        .execute();
    if (rehashed != null) {
      handle
          .createUpdate("UPDATE console_operator SET password_hash = :hash WHERE id = :id")
          .bind("hash", rehashed)
          .bind("id", operator.id())
          .execute();
    }
    append(
        handle,
        operator.username(),
        operator.id(),
        "signed-in",
        List.of(AuditChange.of("client_address", null, clientAddress)));
    return row(handle, operator.username()).orElseThrow().operator();
  }

  /**
   * Sets a new password.
   *
   * @param newPassword at least 12 characters; wiped on return
   * @throws OperatorNotFoundException if there is no such operator
   * @throws InvalidOperatorException if the password is rejected
   */
  public void changePassword(String username, char[] newPassword, String actor) {
    try {
      List<FieldError> errors = new ArrayList<>();
      OperatorRules.checkPassword(newPassword, username, errors);
      OperatorRules.throwIfAny(errors);
      Operator operator = get(username);
      String hash = hasher.hash(newPassword);
      jdbi.useTransaction(
          handle -> {
            handle
                .createUpdate("UPDATE console_operator SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash)
                .bind("id", operator.id())
                .execute();
            append(
                handle,
                actor,
                operator.id(),
                "password-changed",
                List.of(AuditChange.secret("password", true, true)));
          });
    } finally {
      wipe(newPassword);
    }
  }

  /** Every operator, by username. */
  public List<Operator> list() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM console_operator ORDER BY username_key")
                .map(MAPPER)
                .list());
  }

  /** The operator with this username (any case), or with this id. */
  public Optional<Operator> find(String usernameOrId) {
    return jdbi.withHandle(
        handle ->
            row(handle, usernameOrId)
                .map(Row::operator)
                .or(
                    () ->
                        handle
                            .createQuery("SELECT * FROM console_operator WHERE id = :id")
                            .bind("id", usernameOrId)
                            .map(MAPPER)
                            .findFirst()));
  }

  /**
   * The operator with this username (any case).
   *
   * @throws OperatorNotFoundException if there is none
   */
  public Operator get(String username) {
    return jdbi.withHandle(handle -> row(handle, username))
        .map(Row::operator)
        .orElseThrow(() -> new OperatorNotFoundException(username));
  }

  /**
   * Deletes an operator.
   *
   * @throws OperatorNotFoundException if there is no such operator
   * @throws LastAdministratorException if they are the only admin left
   */
  public void delete(String username, String actor) {
    jdbi.useTransaction(
        handle -> {
          Operator operator =
              row(handle, username)
                  .map(Row::operator)
                  .orElseThrow(() -> new OperatorNotFoundException(username));
          if (operator.role() == ApiScope.ADMIN && admins(handle) == 1) {
            throw new LastAdministratorException(operator.username());
          }
          handle
              .createUpdate("DELETE FROM console_operator WHERE id = :id")
              .bind("id", operator.id())
              .execute();
          append(
              handle,
              actor,
              operator.id(),
              "deleted",
              List.of(AuditChange.of("username", operator.username(), null)));
        });
  }

  /** Whether no operator exists yet (the console then offers first-operator setup). */
  public boolean none() {
    return jdbi.withHandle(
        handle ->
            handle.createQuery("SELECT COUNT(*) FROM console_operator").mapTo(Long.class).one()
                == 0);
  }

  private static int admins(Handle handle) {
    return handle
        .createQuery("SELECT COUNT(*) FROM console_operator WHERE role = :role")
        .bind("role", ApiScope.ADMIN.name())
        .mapTo(Integer.class)
        .one();
  }

  private record Row(Operator operator, String passwordHash) {
    @Override
    public String toString() {
      return "Row[operator=" + operator + "]";
    }
  }

  private static Optional<Row> row(Handle handle, String username) {
    return handle
        .createQuery("SELECT * FROM console_operator WHERE username_key = :key")
        .bind("key", OperatorRules.key(username))
        .map((rs, ctx) -> new Row(MAPPER.map(rs, ctx), rs.getString("password_hash")))
        .findFirst();
  }

  private void append(
      Handle handle, String actor, String id, String action, List<AuditChange> changes) {
    audit.append(handle, new AuditEvent(actor, AuditSubject.OPERATOR, id, action, changes));
  }

  private static void wipe(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }
}
