package io.duoctl.emulator.admin.groups;

import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.internal.Membership;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.IdKind;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The groups of one account and their members (admin-api.md §5.3): names unique, at most {@value
 * #MAX_PER_USER} groups per user (§7.11), idempotent removal (§7.2).
 *
 * <p>Thread-safe: every method holds the account's {@link AccountLock}.
 */
public final class Groups {

  /** Most groups one user may belong to. */
  public static final int MAX_PER_USER = 100;

  private final World world;
  private final Object lock;
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Membership members = new Membership();

  private Groups(World world, Object lock) {
    this.world = world;
    this.lock = lock;
  }

  /** The groups of {@code account}. */
  public static Groups of(World world, Account account) {
    // the lock is fetched first: creating state inside Account.state would be a recursive update
    Object lock = AccountLock.of(account);
    return account.state(Groups.class, () -> new Groups(world, lock));
  }

  /**
   * Adds a group with a generated ID (the given one is ignored unless it is non-empty).
   *
   * @throws DuoError 400 40002 {@code name} when blank or taken
   */
  public Group create(Group spec) {
    synchronized (lock) {
      String id = spec.groupId();
      if (id.isEmpty()) {
        do {
          id = world.ids().next(IdKind.GROUP);
        } while (groups.containsKey(id));
      }
      Group group = spec.withId(id);
      checkName(group);
      groups.put(id, group);
      members.addItem(id);
      return group;
    }
  }

  /** The group with this ID. */
  public Optional<Group> byId(String groupId) {
    synchronized (lock) {
      return Optional.ofNullable(groups.get(groupId));
    }
  }

  /**
   * The group with this ID.
   *
   * @throws DuoError 404 40401 if there is none
   */
  public Group require(String groupId) {
    return byId(groupId).orElseThrow(DuoError::notFound);
  }

  /** The group with this exact name. */
  public Optional<Group> byName(String name) {
    synchronized (lock) {
      return groups.values().stream().filter(g -> g.name().equals(name)).findFirst();
    }
  }

  /** Every group in creation order. */
  public List<Group> all() {
    synchronized (lock) {
      return List.copyOf(groups.values());
    }
  }

  /**
   * Changes a group.
   *
   * @throws DuoError 404 if unknown; 400 40002 {@code name} when blank or taken
   */
  public Group update(String groupId, UnaryOperator<Group> change) {
    synchronized (lock) {
      Group changed = change.apply(require(groupId)).withId(groupId);
      checkName(changed);
      groups.put(groupId, changed);
      return changed;
    }
  }

  /**
   * Deletes a group and its memberships.
   *
   * @return whether it existed
   */
  public boolean delete(String groupId) {
    synchronized (lock) {
      if (groups.remove(groupId) == null) {
        return false;
      }
      members.removeItem(groupId);
      return true;
    }
  }

  /**
   * Adds a user to a group; adding again changes nothing.
   *
   * @throws DuoError 400 40002 {@code group_id} for an unknown group or past the per-user limit
   */
  public void addMember(String groupId, String userId) {
    synchronized (lock) {
      if (!members.hasItem(groupId)) {
        throw DuoError.invalidParameter("group_id");
      }
      if (members.linked(groupId, userId)) {
        return;
      }
      if (members.itemsOf(userId).size() >= MAX_PER_USER) {
        throw DuoError.invalidParameter("group_id");
      }
      members.link(groupId, userId);
    }
  }

  /**
   * Removes a user from a group; idempotent (§7.2).
   *
   * @return whether the user was a member
   */
  public boolean removeMember(String groupId, String userId) {
    synchronized (lock) {
      return members.unlink(groupId, userId);
    }
  }

  /** Ends every membership of a deleted user. */
  public void detachUser(String userId) {
    synchronized (lock) {
      members.removeUser(userId);
    }
  }

  /** The user's groups in joining order. */
  public List<Group> groupsOf(String userId) {
    synchronized (lock) {
      return members.itemsOf(userId).stream().map(groups::get).toList();
    }
  }

  /** The IDs of the group's members in joining order (empty for an unknown group). */
  public List<String> memberIdsOf(String groupId) {
    synchronized (lock) {
      return members.usersOf(groupId);
    }
  }

  private void checkName(Group group) {
    if (group.name().isBlank()) {
      throw DuoError.invalidParameter("name");
    }
    for (Group other : groups.values()) {
      if (!other.groupId().equals(group.groupId()) && other.name().equals(group.name())) {
        throw DuoError.invalidParameter("name");
      }
    }
  }
}
