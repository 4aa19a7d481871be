package io.duoctl.emulator.admin.phones;

import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.internal.Membership;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.IdKind;
import io.duoctl.emulator.model.World;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The phones of one account and which users they belong to (admin-api.md §5.4, §6.2): at most
 * {@value #MAX_PER_USER} phones per user and {@value #MAX_USERS} users per phone (§7.11).
 *
 * <p>Thread-safe: every method holds the account's {@link AccountLock}.
 */
public final class PhoneBook {

  /** Most phones one user may have. */
  public static final int MAX_PER_USER = 100;

  /** Most users one phone may belong to. */
  public static final int MAX_USERS = 100;

  private final World world;
  private final Object lock;
  private final Map<String, Phone> phones = new LinkedHashMap<>();
  private final Membership users = new Membership();
  private final Map<String, String> idsByNumber = new HashMap<>();

  private PhoneBook(World world, Object lock) {
    this.world = world;
    this.lock = lock;
  }

  /** The phones of {@code account}. */
  public static PhoneBook of(World world, Account account) {
    // the lock is fetched first: creating state inside Account.state would be a recursive update
    Object lock = AccountLock.of(account);
    return account.state(PhoneBook.class, () -> new PhoneBook(world, lock));
  }

  /**
   * Adds a phone; an unset ID is generated.
   *
   * @throws DuoError 400 40002 {@code number} if another phone has the same number and extension
   */
  public Phone create(Phone.Builder spec) {
    synchronized (lock) {
      if (spec.phoneId == null) {
        String id;
        do {
          id = world.ids().next(IdKind.PHONE);
        } while (phones.containsKey(id));
        spec.phoneId(id);
      }
      Phone phone = spec.build();
      checkUnique(phone);
      phones.put(phone.phoneId(), phone);
      index(null, phone);
      users.addItem(phone.phoneId());
      return phone;
    }
  }

  /** The phone with this ID. */
  public Optional<Phone> byId(String phoneId) {
    synchronized (lock) {
      return Optional.ofNullable(phones.get(phoneId));
    }
  }

  /**
   * The phone with this ID.
   *
   * @throws DuoError 404 40401 if there is none
   */
  public Phone require(String phoneId) {
    return byId(phoneId).orElseThrow(DuoError::notFound);
  }

  /** Phones with this number (any input form; normalised first), in creation order. */
  public List<Phone> byNumber(String number) {
    String e164 = PhoneNumbers.normalise(number);
    synchronized (lock) {
      return phones.values().stream().filter(p -> p.number().equals(e164)).toList();
    }
  }

  /** Every phone in creation order. */
  public List<Phone> all() {
    synchronized (lock) {
      return List.copyOf(phones.values());
    }
  }

  /**
   * Changes a phone.
   *
   * @throws DuoError 404 40401 if unknown; 400 40002 {@code number} on a duplicate number
   */
  public Phone update(String phoneId, UnaryOperator<Phone.Builder> change) {
    synchronized (lock) {
      Phone current = require(phoneId);
      Phone changed = change.apply(current.toBuilder()).phoneId(phoneId).build();
      checkUnique(changed);
      phones.put(phoneId, changed);
      index(current, changed);
      return changed;
    }
  }

  /** Sets how the device answers pushes. */
  public Phone behaviour(String phoneId, DeviceBehaviour behaviour) {
    return update(phoneId, b -> b.behaviour(behaviour));
  }

  /** Marks Duo Mobile as activated on the phone (as if the user scanned the code). */
  public Phone activate(String phoneId) {
    return update(phoneId, b -> b.activated(true));
  }

  /**
   * Deletes a phone and its user associations.
   *
   * @return whether it existed
   */
  public boolean delete(String phoneId) {
    synchronized (lock) {
      Phone removed = phones.remove(phoneId);
      if (removed == null) {
        return false;
      }
      index(removed, null);
      users.removeItem(phoneId);
      return true;
    }
  }

  /**
   * Associates a phone with a user; associating again changes nothing.
   *
   * @throws DuoError 404 if the phone is unknown; 400 40002 {@code phone_id} past the limits
   */
  public void attach(String phoneId, String userId) {
    synchronized (lock) {
      require(phoneId);
      if (users.linked(phoneId, userId)) {
        return;
      }
      if (users.usersOf(phoneId).size() >= MAX_USERS
          || users.itemsOf(userId).size() >= MAX_PER_USER) {
        throw DuoError.invalidParameter("phone_id");
      }
      users.link(phoneId, userId);
    }
  }

  /**
   * Disassociates a phone from a user; idempotent (§7.2).
   *
   * @return whether they were associated
   */
  public boolean detach(String phoneId, String userId) {
    synchronized (lock) {
      return users.unlink(phoneId, userId);
    }
  }

  /** Detaches every phone from a deleted user; the phones stay. */
  public void detachUser(String userId) {
    synchronized (lock) {
      users.removeUser(userId);
    }
  }

  /** The user's phones in association order. */
  public List<Phone> phonesOf(String userId) {
    synchronized (lock) {
      return users.itemsOf(userId).stream().map(phones::get).toList();
    }
  }

  /** The IDs of the phone's users in association order (empty for an unknown phone). */
  public List<String> userIdsOf(String phoneId) {
    synchronized (lock) {
      return users.usersOf(phoneId);
    }
  }

  private void checkUnique(Phone phone) {
    String owner = phone.number().isEmpty() ? null : idsByNumber.get(numberKey(phone));
    if (owner != null && !owner.equals(phone.phoneId())) {
      throw DuoError.invalidParameter("number");
    }
  }

  private void index(Phone before, Phone after) {
    if (before != null && !before.number().isEmpty()) {
      idsByNumber.remove(numberKey(before));
    }
    if (after != null && !after.number().isEmpty()) {
      idsByNumber.put(numberKey(after), after.phoneId());
    }
  }

  private static String numberKey(Phone phone) {
    return phone.number() + ";ext=" + phone.extension();
  }
}
