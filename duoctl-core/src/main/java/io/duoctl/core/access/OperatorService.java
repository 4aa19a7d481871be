package io.duoctl.core.access;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.UniqueViolation;
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

/**
 * The people who sign in to the web console: create, sign in, change password, list, delete.
 * Passwords are stored as Argon2id hashes (OWASP cost); every {@code char[]} password passed in is
 * wiped (filled with zeros) before the method returns. Failed sign-ins are throttled per username
 * and per client address through the database, so several nodes share the count. Changes and
 * sign-ins are audited, never with a password. Thread-safe.
 */
public final class OperatorService {
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
      try {
        return jdbi.inTransaction(handle -> insert(handle, username.strip(), hash, role, actor));
      } catch (RuntimeException e) {
        if (UniqueViolation.causedBy(e)) {
          throw new InvalidOperatorException(
              List.of(
                  new FieldError(
                      "username",
                      "\"" + username.strip() + "\" is already taken; choose another username")));
        }
        throw e;
      }
    } finally {
      wipe(password);
    }
  }

  private Operator insert(
      Handle handle, String username, String hash, ApiScope role, String actor) {
    String id = UUID.randomUUID().toString();
    OperatorStore.insert(handle, id, username, role, hash, clock.instant(), actor);
    append(
        handle,
        actor,
        id,
        "created",
        List.of(
            AuditChange.of("username", null, username),
            AuditChange.of("role", null, role.wireName()),
            AuditChange.secret("password", false, true)));
    return OperatorStore.byId(handle, id).orElseThrow();
  }

  /**
   * Checks a sign-in and records it.
   *
   * @param password wiped on return
   * @param clientAddress the address the attempt came from, for throttling (null or blank count as
   *     one shared "unknown" address)
   * @throws SignInThrottledException after too many recent failures for the username or the address
   *     (5 and 20 in 15 minutes); the password is not checked then
   * @throws SignInFailedException if the username is unknown or the password wrong (one message)
   */
  public Operator signIn(String username, char[] password, String clientAddress) {
    try {
      String key = OperatorRules.key(username);
      checkThrottle(key, clientAddress);
      Optional<OperatorStore.Stored> found =
          jdbi.withHandle(handle -> OperatorStore.byUsername(handle, username));
      boolean ok;
      if (found.isPresent()) {
        ok = password != null && hasher.verify(password, found.get().passwordHash());
      } else {
        hasher.hash(password == null ? new char[0] : password);
        ok = false;
      }
      if (!ok) {
        recordFailure(key, clientAddress);
        throw new SignInFailedException();
      }
      Operator operator = found.get().operator();
      String rehashed =
          hasher.needsRehash(found.get().passwordHash()) ? hasher.hash(password) : null;
      return jdbi.inTransaction(
          handle -> {
            throttle.clear(handle, key);
            OperatorStore.recordSignIn(handle, operator.id(), clock.instant());
            if (rehashed != null) {
              OperatorStore.setPasswordHash(handle, operator.id(), rehashed);
            }
            append(
                handle,
                operator.username(),
                operator.id(),
                "signed-in",
                List.of(AuditChange.of("client_address", null, clientAddress)));
            return OperatorStore.byId(handle, operator.id()).orElseThrow();
          });
    } finally {
      wipe(password);
    }
  }

  /**
   * Refuses another guess at {@code key} (a username key, or another secret's) from {@code
   * clientAddress} while either has had too many recent failures.
   *
   * @throws SignInThrottledException then
   */
  void checkThrottle(String key, String clientAddress) {
    jdbi.useHandle(handle -> throttle.check(handle, key, clientAddress));
  }

  /** Counts a wrong guess at {@code key} from {@code clientAddress}. */
  void recordFailure(String key, String clientAddress) {
    jdbi.useTransaction(handle -> throttle.recordFailure(handle, key, clientAddress));
  }

  /** Forgets the failures counted against {@code key}. */
  void clearFailures(String key) {
    jdbi.useTransaction(handle -> throttle.clear(handle, key));
  }

  /**
   * Sets a new password and ends every console session of the operator.
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
            OperatorStore.setPasswordHash(handle, operator.id(), hash);
            ConsoleSessionStore.deleteOfOperator(handle, operator.id());
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
    return jdbi.withHandle(OperatorStore::all);
  }

  /** The operator with this username (any case), or with this id. */
  public Optional<Operator> find(String usernameOrId) {
    return jdbi.withHandle(
        handle ->
            OperatorStore.byUsername(handle, usernameOrId)
                .map(OperatorStore.Stored::operator)
                .or(() -> OperatorStore.byId(handle, usernameOrId)));
  }

  /**
   * The operator with this username (any case).
   *
   * @throws OperatorNotFoundException if there is none
   */
  public Operator get(String username) {
    return jdbi.withHandle(handle -> require(handle, username));
  }

  /**
   * Deletes an operator and ends every console session of theirs.
   *
   * @throws OperatorNotFoundException if there is no such operator
   * @throws LastAdministratorException if they are the only admin left
   */
  public void delete(String username, String actor) {
    jdbi.useTransaction(
        handle -> {
          Operator operator = require(handle, username);
          if (operator.role() == ApiScope.ADMIN
              && OperatorStore.countWithRole(handle, ApiScope.ADMIN) == 1) {
            throw new LastAdministratorException(operator.username());
          }
          ConsoleSessionStore.deleteOfOperator(handle, operator.id());
          OperatorStore.delete(handle, operator.id());
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
    return jdbi.withHandle(OperatorStore::count) == 0;
  }

  private static Operator require(Handle handle, String username) {
    return OperatorStore.byUsername(handle, username)
        .map(OperatorStore.Stored::operator)
        .orElseThrow(() -> new OperatorNotFoundException(username));
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
