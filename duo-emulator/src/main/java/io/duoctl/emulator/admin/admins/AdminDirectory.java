package io.duoctl.emulator.admin.admins;

import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.IdKind;
import io.duoctl.emulator.model.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One account's administrators in creation order. Emails are unique ignoring case. Reach it with
 * {@link #of(Account)}. Thread-safe.
 */
public final class AdminDirectory {

  private final Map<String, Administrator> admins = new LinkedHashMap<>();

  /** The administrators of {@code account}. */
  public static AdminDirectory of(Account account) {
    return account.state(AdminDirectory.class, AdminDirectory::new);
  }

  /** Every administrator in creation order. */
  public synchronized List<Administrator> list() {
    return new ArrayList<>(admins.values());
  }

  /** How many administrators there are. */
  public synchronized int count() {
    return admins.size();
  }

  /** The administrator with this ID. */
  public synchronized Optional<Administrator> find(String adminId) {
    return Optional.ofNullable(admins.get(adminId));
  }

  /**
   * Creates an active administrator with a generated ID (fixtures, seeding).
   *
   * @throws IllegalArgumentException if the email is taken
   */
  public Administrator create(World world, String name, String email, AdminRole role) {
    return add(
        new Administrator(
            world.ids().next(IdKind.ADMIN),
            name,
            email,
            "",
            role,
            AdminStatus.ACTIVE,
            world.now().getEpochSecond(),
            null,
            false,
            false,
            0));
  }

  /**
   * Adds an administrator.
   *
   * @throws IllegalArgumentException if its ID or email is taken
   */
  public synchronized Administrator add(Administrator admin) {
    if (admins.containsKey(admin.adminId())) {
      throw new IllegalArgumentException("admin_id " + admin.adminId() + " already exists");
    }
    if (emailTaken(admin.email(), null)) {
      throw new IllegalArgumentException("an administrator with this email already exists");
    }
    admins.put(admin.adminId(), admin);
    return admin;
  }

  /** Whether another administrator than {@code exceptId} has this email. */
  synchronized boolean emailTaken(String email, String exceptId) {
    String wanted = email.toLowerCase(Locale.ROOT);
    return admins.values().stream()
        .anyMatch(
            a ->
                !a.adminId().equals(exceptId) && a.email().toLowerCase(Locale.ROOT).equals(wanted));
  }

  /** Replaces the administrator with {@code change} applied; empty if there is none. */
  synchronized Optional<Administrator> update(String adminId, UnaryOperator<Administrator> change) {
    Administrator current = admins.get(adminId);
    if (current == null) {
      return Optional.empty();
    }
    Administrator changed = change.apply(current);
    admins.put(adminId, changed);
    return Optional.of(changed);
  }

  /** Removes an administrator; returns whether it existed. */
  synchronized boolean remove(String adminId) {
    return admins.remove(adminId) != null;
  }
}
