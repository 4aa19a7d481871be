package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.admin.groups.GroupJson;
import io.duoctl.emulator.admin.groups.Groups;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.phones.PhoneJson;
import io.duoctl.emulator.admin.tokens.HardwareTokens;
import io.duoctl.emulator.admin.tokens.TokenJson;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredentials;
import io.duoctl.emulator.admin.webauthn.WebAuthnJson;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes Duo's user object in its three shapes (admin-api.md §6.1): full (with phones, groups,
 * tokens, credentials), scalar (inside bypass codes and credentials) and reduced (inside a phone's
 * or token's {@code users}). Status is lower case (§7.12).
 */
public final class UserJson {

  private final World world;
  private final Account account;

  public UserJson(World world, Account account) {
    this.world = world;
    this.account = account;
  }

  /** The full user, as the user endpoints write it. */
  public Map<String, Object> full(User user) {
    Map<String, Object> json = scalar(user);
    String id = user.userId();
    json.put("desktoptokens", List.of());
    json.put(
        "groups", Groups.of(world, account).groupsOf(id).stream().map(GroupJson::group).toList());
    json.put(
        "phones",
        PhoneBook.of(world, account).phonesOf(id).stream().map(PhoneJson::phone).toList());
    json.put(
        "tokens",
        HardwareTokens.of(world, account).tokensOf(id).stream().map(TokenJson::token).toList());
    json.put("u2ftokens", List.of());
    json.put(
        "webauthncredentials",
        WebAuthnCredentials.of(world, account).credentialsOf(id).stream()
            .map(WebAuthnJson::credential)
            .toList());
    return json;
  }

  /** The user's own fields without nested lists. */
  public Map<String, Object> scalar(User user) {
    Map<String, Object> json = new TreeMap<>();
    for (int n = 1; n <= 4; n++) {
      json.put("alias" + n, user.alias(n));
    }
    json.put("aliases", user.aliases());
    json.put("created", user.created());
    json.put("custom_attributes", user.customAttributes());
    json.put("email", user.email());
    json.put("enable_auto_prompt", user.enableAutoPrompt());
    if (user.externalId() != null) {
      json.put("external_id", user.externalId());
    }
    json.put("firstname", user.firstname());
    json.put("is_enrolled", UserDirectory.of(world, account).isEnrolled(user.userId()));
    json.put("last_directory_sync", user.lastDirectorySync());
    json.put("last_login", user.lastLogin());
    json.put("lastname", user.lastname());
    json.put("lockout_reason", user.lockoutReason());
    json.put("notes", user.notes());
    json.put("realname", user.realname());
    json.put("status", user.status().wire());
    json.put("user_id", user.userId());
    json.put("username", user.username());
    return json;
  }

  /** The reduced user inside a phone's or token's {@code users} array. */
  public static Map<String, Object> reduced(User user) {
    Map<String, Object> json = new TreeMap<>();
    json.put("alias1", user.alias(1));
    json.put("alias2", user.alias(2));
    json.put("email", user.email());
    json.put("last_login", user.lastLogin());
    json.put("notes", user.notes());
    json.put("realname", user.realname());
    json.put("status", user.status().wire());
    json.put("user_id", user.userId());
    json.put("username", user.username());
    return json;
  }

  /** The reduced form of each of these users that still exists. */
  public List<Map<String, Object>> reduced(List<String> userIds) {
    UserDirectory users = UserDirectory.of(world, account);
    return userIds.stream()
        .map(users::byId)
        .flatMap(java.util.Optional::stream)
        .map(UserJson::reduced)
        .toList();
  }
}
