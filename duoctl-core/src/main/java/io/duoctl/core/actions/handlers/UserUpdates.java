package io.duoctl.core.actions.handlers;

import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserUpdate;
import io.duoctl.core.actions.ActionInput;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The input of {@code users.update} as the request Duo gets, and which of its fields a user already
 * has as asked: a text field Duo holds as null counts as empty, a status compares ignoring case
 * ({@code locked out} is never as asked, so {@code active} unlocks), aliases compare slot by slot
 * for the slots the update would set (it leaves the others as they are).
 */
final class UserUpdates {

  /** The fields users.update takes besides the user, in the order notes name them. */
  private static final List<String> FIELDS =
      List.of(
          "username", "realname", "firstname", "lastname", "email", "status", "notes", "aliases");

  private static final Map<String, Function<User, String>> TEXT =
      Map.of(
          "username", User::username,
          "realname", User::realname,
          "firstname", User::firstname,
          "lastname", User::lastname,
          "email", User::email,
          "notes", User::notes);

  private UserUpdates() {}

  static UserUpdate request(ActionInput in) {
    UserUpdate.Builder b = UserUpdate.builder();
    in.text("username").ifPresent(b::username);
    in.text("realname").ifPresent(b::realname);
    in.text("firstname").ifPresent(b::firstname);
    in.text("lastname").ifPresent(b::lastname);
    in.text("email").ifPresent(b::email);
    in.text("status").map(UserActions::status).ifPresent(b::status);
    in.text("notes").ifPresent(b::notes);
    if (in.has("aliases")) {
      b.aliases(in.list("aliases"));
    }
    return ClientRequests.fromInput("user update", b::build);
  }

  /** The fields the input asks to change. */
  static List<String> asked(ActionInput in) {
    return FIELDS.stream().filter(in::has).toList();
  }

  /** Those of {@link #asked} whose value {@code user} does not have yet. */
  static List<String> differing(ActionInput in, User user) {
    return asked(in).stream().filter(field -> !alreadySo(in, user, field)).toList();
  }

  private static boolean alreadySo(ActionInput in, User user, String field) {
    return switch (field) {
      case "status" -> in.requireText(field).equalsIgnoreCase(user.status());
      case "aliases" -> hasAliases(user, in.list(field));
      default ->
          in.requireText(field).equals(Objects.requireNonNullElse(TEXT.get(field).apply(user), ""));
    };
  }

  private static boolean hasAliases(User user, List<String> aliases) {
    for (int i = 0; i < aliases.size(); i++) {
      if (!aliases.get(i).equals(alias(user, i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** {@code aliasN} from Duo's aliases map, or from the legacy alias1..alias4 fields. */
  private static String alias(User user, int n) {
    String current = user.aliases().get("alias" + n);
    if (current != null || !user.aliases().isEmpty()) {
      return current;
    }
    return switch (n) {
      case 1 -> user.alias1();
      case 2 -> user.alias2();
      case 3 -> user.alias3();
      case 4 -> user.alias4();
      default -> null;
    };
  }
}
