package io.duoctl.emulator.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the emulator knows: accounts (by ID and by API hostname), integrations (by key), the
 * clock and the ID generator.
 *
 * <p>Thread-safe. Look-ups are lock-free; structural changes (adding or deleting accounts, moving
 * telephony credits) take the world's lock so that the indexes agree with one another.
 */
public final class World {

  /** Telephony credits a new parent account starts with. */
  public static final long DEFAULT_PARENT_CREDITS = 10_000;

  private final EmulatorClock clock;
  private final Ids ids;
  private final ConcurrentMap<String, Account> accountsById = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Account> accountsByHost = new ConcurrentHashMap<>();
  private final Set<String> hostnames = ConcurrentHashMap.newKeySet();
  private final ConcurrentMap<String, Integration> integrations = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Object lock = new Object();
  private volatile Duration logDelay = Duration.ofMinutes(2);

  public World(EmulatorClock clock, Ids ids) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** The emulator's clock. */
  public EmulatorClock clock() {
    return clock;
  }

  /** The emulator's current time. */
  public Instant now() {
    return clock.instant();
  }

  /**
   * How old a log event must be before the log endpoints show it: two minutes, as Duo; tests may
   * shorten it ({@link #logDelay(Duration)}), which Duo never does.
   */
  public Duration logDelay() {
    return logDelay;
  }

  /** Replaces the log delay (not Duo's behaviour: Duo always waits two minutes). */
  public void logDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("log delay must not be negative");
    }
    this.logDelay = delay;
  }

  /** The seeded generator for IDs, keys and hostnames. */
  public Ids ids() {
    return ids;
  }

  /** Creates a parent (or stand-alone) account with a generated ID and hostname. */
  public Account createParentAccount(String name) {
    return addAccount(
        ids.next(IdKind.ACCOUNT),
        name,
        uniqueHostname(),
        null,
        Edition.BEYOND,
        DEFAULT_PARENT_CREDITS);
  }

  /**
   * Creates a child of {@code parentId} with a generated ID and hostname, edition {@link
   * Edition#ENTERPRISE} and no telephony credits.
   *
   * @throws IllegalArgumentException if the parent is unknown or is itself a child
   */
  public Account createChildAccount(String parentId, String name) {
    return addAccount(
        ids.next(IdKind.ACCOUNT), name, uniqueHostname(), parentId, Edition.ENTERPRISE, 0);
  }

  /**
   * Adds an account with given identity (fixtures use this).
   *
   * @param parentId the parent's ID for a child account, or null
   * @throws IllegalArgumentException if the ID or hostname is taken, or the parent is unknown or is
   *     itself a child
   */
  public Account addAccount(
      String id,
      String name,
      String apiHostname,
      String parentId,
      Edition edition,
      long telephonyCredits) {
    synchronized (lock) {
      if (parentId != null) {
        Account parent = requireAccount(parentId);
        if (parent.isChild()) {
          throw new IllegalArgumentException(
              "account " + parentId + " is a child account and cannot have children");
        }
      }
      Account account =
          new Account(
              id,
              name,
              apiHostname,
              parentId,
              edition,
              telephonyCredits,
              sequence.incrementAndGet());
      if (accountsById.containsKey(account.id())) {
        throw new IllegalArgumentException("account_id " + id + " already exists");
      }
      if (accountsByHost.containsKey(account.apiHostname())) {
        throw new IllegalArgumentException("api_hostname " + apiHostname + " is already in use");
      }
      accountsById.put(account.id(), account);
      accountsByHost.put(account.apiHostname(), account);
      hostnames.add(account.apiHostname());
      return account;
    }
  }

  private String uniqueHostname() {
    String host;
    do {
      host = ids.apiHostname();
    } while (accountsByHost.containsKey(host));
    return host;
  }

  /** The account with this ID. */
  public Optional<Account> account(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(accountsById.get(id));
  }

  /**
   * The account with this ID.
   *
   * @throws IllegalArgumentException if there is none
   */
  public Account requireAccount(String id) {
    return account(id)
        .orElseThrow(() -> new IllegalArgumentException("no account with account_id " + id));
  }

  /**
   * Whether an account has had this API hostname (any case, without port): a deleted account's host
   * still answers, as Duo's API hosts serve many accounts.
   */
  public boolean servesHostname(String hostname) {
    return hostname != null && hostnames.contains(hostname.toLowerCase(Locale.ROOT));
  }

  /** The account whose API hostname this is (any case, without port). */
  public Optional<Account> accountByHostname(String hostname) {
    return hostname == null
        ? Optional.empty()
        : Optional.ofNullable(accountsByHost.get(hostname.toLowerCase(Locale.ROOT)));
  }

  /** All accounts in creation order. */
  public List<Account> accounts() {
    return accountsById.values().stream()
        .sorted(Comparator.comparingLong(Account::createdSequence))
        .toList();
  }

  /** The children of {@code parentId} in creation order. */
  public List<Account> children(String parentId) {
    return accountsById.values().stream()
        .filter(a -> parentId.equals(a.parentId().orElse(null)))
        .sorted(Comparator.comparingLong(Account::createdSequence))
        .toList();
  }

  /**
   * Deletes a child or childless account together with its integrations.
   *
   * @return whether the account existed
   * @throws IllegalStateException if the account still has children
   */
  public boolean deleteAccount(String id) {
    synchronized (lock) {
      Account account = accountsById.get(id);
      if (account == null) {
        return false;
      }
      if (!children(id).isEmpty()) {
        throw new IllegalStateException("account " + id + " still has child accounts");
      }
      accountsById.remove(id);
      accountsByHost.remove(account.apiHostname());
      integrations.values().removeIf(i -> i.accountId().equals(id));
      return true;
    }
  }

  /** Renames an account. */
  public void renameAccount(Account account, String name) {
    account.rename(name);
  }

  /** Sets a child account's edition. */
  public void setEdition(Account account, Edition edition) {
    account.edition(edition);
  }

  /**
   * Sets a child's telephony credit balance to {@code newTotal}, taking the difference from (or
   * returning it to) the parent's balance, as Duo's billing API does (signing-auth-accounts.md
   * §5.3).
   *
   * @throws InsufficientCreditsException if the parent's balance does not cover the increase
   * @throws IllegalArgumentException if the account is not a child or the total is negative
   */
  public void setTelephonyCredits(Account child, long newTotal) {
    if (newTotal < 0) {
      throw new IllegalArgumentException("credits must not be negative");
    }
    synchronized (lock) {
      Account parent =
          requireAccount(
              child
                  .parentId()
                  .orElseThrow(
                      () -> new IllegalArgumentException(child.id() + " is not a child account")));
      long increase = newTotal - child.telephonyCredits();
      if (increase > parent.telephonyCredits()) {
        throw new InsufficientCreditsException(parent.telephonyCredits(), increase);
      }
      parent.telephonyCredits(parent.telephonyCredits() - increase);
      child.telephonyCredits(newTotal);
    }
  }

  /** Sets an account's own credit balance outright (fixtures, parents). */
  public void grantTelephonyCredits(Account account, long credits) {
    if (credits < 0) {
      throw new IllegalArgumentException("credits must not be negative");
    }
    synchronized (lock) {
      account.telephonyCredits(credits);
    }
  }

  /** Creates an integration with generated keys on {@code accountId}. */
  public Integration createIntegration(
      String accountId, IntegrationType type, String name, Set<Permission> grants) {
    String ikey;
    do {
      ikey = ids.next(IdKind.INTEGRATION);
    } while (integrations.containsKey(ikey));
    return addIntegration(new Integration(ikey, ids.secretKey(), name, type, accountId, grants));
  }

  /**
   * Adds an integration with given keys, or replaces the one with the same key (e.g. to change its
   * grants).
   *
   * @throws IllegalArgumentException if its account is unknown, or an Accounts API integration
   *     belongs to a child account
   */
  public Integration addIntegration(Integration integration) {
    synchronized (lock) {
      Account owner = requireAccount(integration.accountId());
      if (integration.type() == IntegrationType.ACCOUNTS_API && owner.isChild()) {
        throw new IllegalArgumentException(
            "an Accounts API integration belongs to a parent account, not child " + owner.id());
      }
      integrations.put(integration.integrationKey(), integration);
      return integration;
    }
  }

  /** The integration with this key. */
  public Optional<Integration> integration(String integrationKey) {
    return integrationKey == null
        ? Optional.empty()
        : Optional.ofNullable(integrations.get(integrationKey));
  }

  /** The integrations of one account, ordered by key. */
  public List<Integration> integrationsOf(String accountId) {
    return integrations.values().stream()
        .filter(i -> i.accountId().equals(accountId))
        .sorted(Comparator.comparing(Integration::integrationKey))
        .toList();
  }

  /** Removes an integration; returns whether it existed. */
  public boolean removeIntegration(String integrationKey) {
    return integrations.remove(integrationKey) != null;
  }

  /** Forgets every account and integration (the clock and ID sequence carry on). */
  public void clear() {
    synchronized (lock) {
      accountsById.clear();
      accountsByHost.clear();
      hostnames.clear();
      integrations.clear();
    }
  }
}
