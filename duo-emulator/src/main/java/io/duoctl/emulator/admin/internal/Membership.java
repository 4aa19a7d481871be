package io.duoctl.emulator.admin.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which users an item (a phone, a hardware token, a group) belongs to, indexed both ways and kept
 * in association order. Items are registered when created ({@link #addItem}) and links only join
 * known items. Not thread-safe: the owning store guards it with its account lock.
 */
public final class Membership {

  private final Map<String, Set<String>> usersByItem = new LinkedHashMap<>();
  private final Map<String, Set<String>> itemsByUser = new LinkedHashMap<>();

  /** Registers a new item without users. */
  public void addItem(String itemId) {
    usersByItem.put(itemId, new LinkedHashSet<>());
  }

  public boolean hasItem(String itemId) {
    return usersByItem.containsKey(itemId);
  }

  /** Forgets an item and every link to it. */
  public void removeItem(String itemId) {
    Set<String> users = usersByItem.remove(itemId);
    if (users != null) {
      users.forEach(userId -> itemsByUser.get(userId).remove(itemId));
    }
  }

  /** Forgets every link of a (deleted) user; the items stay. */
  public void removeUser(String userId) {
    Set<String> items = itemsByUser.remove(userId);
    if (items != null) {
      items.forEach(itemId -> usersByItem.get(itemId).remove(userId));
    }
  }

  public boolean linked(String itemId, String userId) {
    Set<String> users = usersByItem.get(itemId);
    return users != null && users.contains(userId);
  }

  /** Links a known item to a user; linking again changes nothing. */
  public void link(String itemId, String userId) {
    Set<String> users = usersByItem.get(itemId);
    if (users == null) {
      throw new IllegalStateException("unknown item " + itemId);
    }
    users.add(userId);
    itemsByUser.computeIfAbsent(userId, u -> new LinkedHashSet<>()).add(itemId);
  }

  /**
   * Unlinks an item from a user; idempotent.
   *
   * @return whether they were linked
   */
  public boolean unlink(String itemId, String userId) {
    Set<String> users = usersByItem.get(itemId);
    boolean was = users != null && users.remove(userId);
    Set<String> items = itemsByUser.get(userId);
    if (items != null) {
      items.remove(itemId);
    }
    return was;
  }

  /** The user's item IDs in association order. */
  public List<String> itemsOf(String userId) {
    return List.copyOf(itemsByUser.getOrDefault(userId, Set.of()));
  }

  /** The item's user IDs in association order (empty for an unknown item). */
  public List<String> usersOf(String itemId) {
    return List.copyOf(usersByItem.getOrDefault(itemId, Set.of()));
  }
}
