package io.duoctl.emulator.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One Duo customer account: a parent (MSP) account, a child of one, or a stand-alone account.
 *
 * <p>Identity ({@link #id()}, {@link #apiHostname()}, {@link #parentId()}) never changes. Billing
 * values change through {@link World}. Everything else an account owns (users, phones, logs …)
 * hangs off it as typed <em>state</em>: see {@link #state(Class, Supplier)}. Thread-safe.
 */
public final class Account {

  private static final Pattern ID = Pattern.compile("DA[A-Z0-9]{18}");
  private static final Pattern HOSTNAME = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");

  private final String id;
  private final String apiHostname;
  private final String parentId;
  private final long createdSequence;
  private volatile String name;
  private volatile Edition edition;
  private volatile long telephonyCredits;
  private final ConcurrentMap<Class<?>, Object> state = new ConcurrentHashMap<>();

  Account(
      String id,
      String name,
      String apiHostname,
      String parentId,
      Edition edition,
      long telephonyCredits,
      long createdSequence) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "account_id must be DA followed by 18 upper-case letters or digits, not " + id);
    }
    if (apiHostname == null || !HOSTNAME.matcher(apiHostname).matches()) {
      throw new IllegalArgumentException(
          "api_hostname must be a lower-case DNS name such as api-1a2b3c4d.duo.test, not "
              + apiHostname);
    }
    if (telephonyCredits < 0) {
      throw new IllegalArgumentException("telephony credits must not be negative");
    }
    this.id = id;
    this.name = requireName(name);
    this.apiHostname = apiHostname.toLowerCase(Locale.ROOT);
    this.parentId = parentId;
    this.edition = Objects.requireNonNull(edition, "edition");
    this.telephonyCredits = telephonyCredits;
    this.createdSequence = createdSequence;
  }

  static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("account name must not be blank");
    }
    return name;
  }

  /** The {@code account_id}, {@code DA} and 18 upper-case letters or digits. */
  public String id() {
    return id;
  }

  /** The account's display name. */
  public String name() {
    return name;
  }

  /** The lower-case API hostname requests for this account are addressed to. */
  public String apiHostname() {
    return apiHostname;
  }

  /** The parent account's ID when this is a child account. */
  public Optional<String> parentId() {
    return Optional.ofNullable(parentId);
  }

  /** Whether this account is a child of an MSP parent. */
  public boolean isChild() {
    return parentId != null;
  }

  /** The Duo edition (billing). */
  public Edition edition() {
    return edition;
  }

  /** The account's telephony credit balance. */
  public long telephonyCredits() {
    return telephonyCredits;
  }

  void rename(String newName) {
    this.name = requireName(newName);
  }

  void edition(Edition newEdition) {
    this.edition = Objects.requireNonNull(newEdition, "edition");
  }

  void telephonyCredits(long credits) {
    this.telephonyCredits = credits;
  }

  long createdSequence() {
    return createdSequence;
  }

  /**
   * The account's state object of the given type, created by {@code creator} on first use. This is
   * where resource state lives: e.g. {@code account.state(UserDirectory.class,
   * UserDirectory::new)}. The type is the key, so each feature owns one class; the returned object
   * must be thread-safe itself. Creation happens exactly once per account and type, and a creator
   * may itself reach other state of the same account (e.g. a shared lock object); it must not reach
   * another account's state.
   */
  public <T> T state(Class<T> type, Supplier<? extends T> creator) {
    Object existing = state.get(type);
    if (existing == null) {
      Objects.requireNonNull(creator, "creator");
      synchronized (state) {
        existing = state.get(type);
        if (existing == null) {
          existing = Objects.requireNonNull(creator.get(), "creator returned null");
          state.put(type, existing);
        }
      }
    }
    return type.cast(existing);
  }

  /** The account's state object of the given type, if one was created. */
  public <T> Optional<T> existingState(Class<T> type) {
    return Optional.ofNullable(state.get(type)).map(type::cast);
  }

  @Override
  public String toString() {
    return "Account["
        + id
        + " "
        + apiHostname
        + (parentId == null ? "" : " child of " + parentId)
        + "]";
  }
}
