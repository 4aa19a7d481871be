package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.groups.Groups;
import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.settings.AccountSettings;
import io.duoctl.emulator.admin.tokens.HardwareTokens;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredentials;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.IdKind;
import io.duoctl.emulator.model.World;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The users of one account: creation with unique usernames and aliases (admin-api.md §7.3),
 * look-ups by ID, username or alias (§7.4), permanent deletion that keeps phones (§7.5), and
 * lockout after failed attempts (§7.6). Fixtures and tests seed through {@link #create}; the Auth
 * API records attempts through {@link #recordFailedAttempt} and {@link #recordSuccessfulLogin}.
 *
 * <p>Thread-safe: every method holds the account's {@link AccountLock}.
 */
public final class UserDirectory {

  /** {@code lockout_reason} after too many failed attempts. */
  public static final String FAILED_ATTEMPTS = "Failed Attempts";

  private final World world;
  private final Account account;
  private final Object lock;
  private final Map<String, User> users = new LinkedHashMap<>();
  private final NameIndex names = new NameIndex();
  private final Set<String> trashed = new LinkedHashSet<>();
  private volatile Supplier<LockoutPolicy> lockoutPolicy;

  private UserDirectory(World world, Account account, Object lock) {
    this.world = world;
    this.account = account;
    this.lock = lock;
    this.lockoutPolicy = () -> settingsPolicy(account);
  }

  private static LockoutPolicy settingsPolicy(Account account) {
    AccountSettings settings = AccountSettings.of(account);
    return LockoutPolicy.fixed(
        settings.lockoutThreshold(), settings.lockoutExpireDuration().orElse(null));
  }

  /** The users of {@code account}. */
  public static UserDirectory of(World world, Account account) {
    // the lock is fetched first: creating state inside Account.state would be a recursive update
    Object lock = AccountLock.of(account);
    return account.state(UserDirectory.class, () -> new UserDirectory(world, account, lock));
  }

  /**
   * Replaces where the lockout threshold and expiry come from; read at every failed attempt and
   * read. Default: the account's {@link AccountSettings} ({@code lockout_threshold}, {@code
   * lockout_expire_duration}; Duo's defaults 10 and manual unlock).
   */
  public void lockoutPolicy(Supplier<LockoutPolicy> policy) {
    this.lockoutPolicy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Adds a user. An unset ID is generated and an unset creation time is now.
   *
   * @throws DuoError 400 40002 naming {@code username} or {@code aliasN} when a name is blank or
   *     already taken by a username or alias (§7.3)
   */
  public User create(User.Builder spec) {
    synchronized (lock) {
      if (spec.userId == null) {
        String id;
        do {
          id = world.ids().next(IdKind.USER);
        } while (users.containsKey(id));
        spec.userId(id);
      } else if (users.containsKey(spec.userId)) {
        throw new IllegalArgumentException("user_id " + spec.userId + " already exists");
      }
      if (spec.created == 0) {
        spec.created(world.now().getEpochSecond());
      }
      User user = stamp(spec.build());
      names.checkUnique(user);
      users.put(user.userId(), user);
      names.index(null, user);
      track(user);
      return user;
    }
  }

  /** The user with this ID. */
  public Optional<User> byId(String userId) {
    synchronized (lock) {
      purgeExpired();
      return Optional.ofNullable(users.get(userId)).map(this::fresh);
    }
  }

  /**
   * The user with this ID.
   *
   * @throws DuoError 404 40401 if there is none
   */
  public User require(String userId) {
    return byId(userId).orElseThrow(DuoError::notFound);
  }

  /** The user whose username or alias is {@code name}, case-insensitively (§7.4). */
  public Optional<User> byUsernameOrAlias(String name) {
    synchronized (lock) {
      purgeExpired();
      return names.owner(name).map(users::get).map(this::fresh);
    }
  }

  /** The users with this email address, case-insensitively. */
  public List<User> byEmail(String email) {
    synchronized (lock) {
      purgeExpired();
      return users.values().stream()
          .filter(u -> u.email().equalsIgnoreCase(email))
          .map(this::fresh)
          .toList();
    }
  }

  /** Every user in creation order. */
  public List<User> all() {
    synchronized (lock) {
      purgeExpired();
      return users.values().stream().map(this::fresh).toList();
    }
  }

  /** How many users there are in each status. */
  public Map<UserStatus, Long> countByStatus() {
    Map<UserStatus, Long> counts = new LinkedHashMap<>();
    for (User user : all()) {
      counts.merge(user.status(), 1L, Long::sum);
    }
    return counts;
  }

  /**
   * Changes a user.
   *
   * @throws DuoError 404 40401 if unknown; 400 40002 if a name collides (§7.3)
   */
  public User update(String userId, UnaryOperator<User.Builder> change) {
    synchronized (lock) {
      User current = require(userId);
      User changed = stamp(change.apply(current.toBuilder()).userId(userId).build());
      names.checkUnique(changed);
      users.put(userId, changed);
      names.index(current, changed);
      track(changed);
      return changed;
    }
  }

  /**
   * Deletes a user permanently (§7.5): its bypass codes and WebAuthn credentials go with it; its
   * phones and tokens stay, detached; group memberships end.
   *
   * @return whether the user existed
   */
  public boolean delete(String userId) {
    synchronized (lock) {
      User removed = users.remove(userId);
      if (removed == null) {
        return false;
      }
      names.index(removed, null);
      trashed.remove(userId);
      PhoneBook.of(world, account).detachUser(userId);
      HardwareTokens.of(world, account).detachUser(userId);
      Groups.of(world, account).detachUser(userId);
      BypassCodes.of(world, account).deleteAllOf(userId);
      WebAuthnCredentials.of(world, account).deleteAllOf(userId);
      return true;
    }
  }

  /**
   * Counts a failed authentication; at the policy's threshold the user becomes {@code locked out}
   * with reason {@value #FAILED_ATTEMPTS} (§7.6). Users already locked out, disabled or in bypass
   * are left as they are.
   *
   * @return the user after counting
   * @throws DuoError 404 40401 if unknown
   */
  public User recordFailedAttempt(String userId) {
    synchronized (lock) {
      User user = require(userId);
      if (user.status() != UserStatus.ACTIVE) {
        return user;
      }
      int attempts = user.failedAttempts() + 1;
      User.Builder next = user.toBuilder().failedAttempts(attempts);
      if (attempts >= lockoutPolicy.get().lockoutThreshold()) {
        next.lockedOut(FAILED_ATTEMPTS, world.now().getEpochSecond());
      }
      User changed = next.build();
      users.put(userId, changed);
      return changed;
    }
  }

  /** Records a successful login: {@code last_login} is now and the failure count resets. */
  public User recordSuccessfulLogin(String userId) {
    synchronized (lock) {
      User changed =
          require(userId).toBuilder()
              .failedAttempts(0)
              .lastLogin(world.now().getEpochSecond())
              .build();
      users.put(userId, changed);
      return changed;
    }
  }

  /** Locks a user out as the system would (seeding), e.g. with {@value #FAILED_ATTEMPTS}. */
  public User lockOut(String userId, String reason) {
    synchronized (lock) {
      User changed =
          require(userId).toBuilder().lockedOut(reason, world.now().getEpochSecond()).build();
      users.put(userId, changed);
      return changed;
    }
  }

  /**
   * Whether the user has enrolled an authenticator: a phone, a hardware token or a WebAuthn
   * credential (§6.1 {@code is_enrolled}).
   */
  public boolean isEnrolled(String userId) {
    synchronized (lock) {
      return !PhoneBook.of(world, account).phonesOf(userId).isEmpty()
          || !HardwareTokens.of(world, account).tokensOf(userId).isEmpty()
          || !WebAuthnCredentials.of(world, account).credentialsOf(userId).isEmpty();
    }
  }

  /**
   * Every enrollment email sent to this account's users, oldest first (kept by {@link
   * EnrollmentEmails}).
   */
  public List<EnrollmentEmail> enrollmentEmails() {
    return EnrollmentEmails.of(world, account).all();
  }

  private User stamp(User user) {
    if (user.status() != UserStatus.PENDING_DELETION || user.trashedAt() != null) {
      return user;
    }
    return user.toBuilder().trashed(world.now().getEpochSecond()).build();
  }

  private void track(User user) {
    if (user.status() == UserStatus.PENDING_DELETION) {
      trashed.add(user.userId());
    } else {
      trashed.remove(user.userId());
    }
  }

  /** Deletes users whose time in the Trash passed the account's pending_deletion_days (§6.1). */
  private void purgeExpired() {
    if (trashed.isEmpty()) {
      return;
    }
    Duration keep = Duration.ofDays(AccountSettings.of(account).pendingDeletionDays());
    Instant now = world.now();
    for (String userId : List.copyOf(trashed)) {
      User user = users.get(userId);
      if (!now.isBefore(Instant.ofEpochSecond(user.trashedAt()).plus(keep))) {
        delete(userId);
      }
    }
  }

  private User fresh(User user) {
    if (user.status() != UserStatus.LOCKED_OUT || user.lockedOutAt() == null) {
      return user;
    }
    Optional<Duration> expire = lockoutPolicy.get().lockoutExpireDuration();
    if (expire.isEmpty() || expire.get().isZero()) {
      return user;
    }
    Instant until = Instant.ofEpochSecond(user.lockedOutAt()).plus(expire.get());
    if (world.now().isBefore(until)) {
      return user;
    }
    User unlocked = user.toBuilder().status(UserStatus.ACTIVE).build();
    users.put(user.userId(), unlocked);
    return unlocked;
  }
}
