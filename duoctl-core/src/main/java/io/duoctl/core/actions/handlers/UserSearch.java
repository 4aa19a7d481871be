package io.duoctl.core.actions.handlers;

import io.duoctl.client.admin.users.User;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Whether a user matches a search text: the text, ignoring case and surrounding blanks, begins the
 * username, an alias, the email, the real name or one of its words, the first or the last name.
 */
final class UserSearch {

  private final String prefix;

  UserSearch(String text) {
    this.prefix = text.strip().toLowerCase(Locale.ROOT);
  }

  boolean matches(User user) {
    return candidates(user)
        .filter(Objects::nonNull)
        .anyMatch(value -> value.toLowerCase(Locale.ROOT).startsWith(prefix));
  }

  private static Stream<String> candidates(User user) {
    Stream<String> names =
        Stream.of(
            user.username(),
            user.email(),
            user.realname(),
            user.firstname(),
            user.lastname(),
            user.alias1(),
            user.alias2(),
            user.alias3(),
            user.alias4());
    Stream<String> aliases =
        user.aliases() == null ? Stream.empty() : user.aliases().values().stream();
    Stream<String> words =
        user.realname() == null ? Stream.empty() : Stream.of(user.realname().split("\\s+"));
    return Stream.of(names, aliases, words).flatMap(s -> s);
  }
}
