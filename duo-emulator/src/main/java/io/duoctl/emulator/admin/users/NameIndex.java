package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.http.DuoError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Usernames and aliases, case-insensitively, to the user that holds them: look-ups by name
 * (admin-api.md §7.4) and uniqueness across users (§7.3). Not thread-safe; {@link UserDirectory}
 * guards it.
 */
final class NameIndex {

  private final Map<String, String> idsByName = new HashMap<>();

  /** The ID of the user whose username or alias is {@code name}. */
  Optional<String> owner(String name) {
    return Optional.ofNullable(idsByName.get(key(name)));
  }

  /**
   * Checks that the user's names are not blank, not repeated and not held by another user.
   *
   * @throws DuoError 400 40002 naming {@code username} or {@code aliasN}
   */
  void checkUnique(User user) {
    if (user.username().isBlank()) {
      throw DuoError.invalidParameter("username");
    }
    List<String> own = new ArrayList<>();
    own.add(user.username());
    for (int n = 1; n <= User.MAX_ALIASES; n++) {
      String alias = user.alias(n);
      if (alias == null) {
        continue;
      }
      if (alias.isBlank() || own.stream().anyMatch(alias::equalsIgnoreCase)) {
        throw DuoError.invalidParameter("alias" + n);
      }
      own.add(alias);
    }
    if (heldByOther(user.username(), user)) {
      throw DuoError.invalidParameter("username");
    }
    for (int n = 1; n <= User.MAX_ALIASES; n++) {
      String alias = user.alias(n);
      if (alias != null && heldByOther(alias, user)) {
        throw DuoError.invalidParameter("alias" + n);
      }
    }
  }

  /** Replaces {@code before}'s names (may be null) by {@code after}'s (may be null). */
  void index(User before, User after) {
    if (before != null) {
      names(before).forEach(name -> idsByName.remove(key(name)));
    }
    if (after != null) {
      names(after).forEach(name -> idsByName.put(key(name), after.userId()));
    }
  }

  private boolean heldByOther(String name, User user) {
    String owner = idsByName.get(key(name));
    return owner != null && !owner.equals(user.userId());
  }

  private static List<String> names(User user) {
    List<String> names = new ArrayList<>(user.aliases().values());
    names.add(user.username());
    return names;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
