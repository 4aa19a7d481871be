package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.groups.Group;
import io.duoctl.emulator.admin.groups.Groups;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.util.List;
import java.util.Optional;

/**
 * What preauth and auth share: the user named by exactly one of {@code username} (or an alias) and
 * {@code user_id}, and the log's view of who, through which application, from where.
 */
final class AuthRequest {

  private AuthRequest() {}

  /**
   * The user the call names, if known.
   *
   * @throws DuoError 400 40002 naming {@code username} when neither is sent, {@code user_id} when
   *     both are
   */
  static Optional<User> user(World world, ApiCall call) {
    Optional<String> username = call.param("username").filter(v -> !v.isBlank());
    Optional<String> userId = call.param("user_id").filter(v -> !v.isBlank());
    if (username.isPresent() == userId.isPresent()) {
      throw DuoError.invalidParameter(username.isPresent() ? "user_id" : "username");
    }
    UserDirectory users = UserDirectory.of(world, call.account());
    return username.isPresent()
        ? users.byUsernameOrAlias(username.get())
        : users.byId(userId.get());
  }

  /** The name the user logged in with: the username or alias sent, else the username. */
  static String alias(ApiCall call, User user) {
    return call.param("username").filter(v -> !v.isBlank()).orElse(user.username());
  }

  static AuthLogEntry.Subject subject(World world, Account account, User user) {
    List<Group> groups = Groups.of(world, account).groupsOf(user.userId());
    return new AuthLogEntry.Subject(
        user.userId(),
        user.username(),
        groups.stream().map(Group::name).toList(),
        groups.stream().map(Group::groupId).toList());
  }

  static AuthLogEntry.Party application(ApiCall call) {
    return new AuthLogEntry.Party(call.integration().integrationKey(), call.integration().name());
  }

  static AuthLogEntry.AccessDevice accessDevice(ApiCall call) {
    return new AuthLogEntry.AccessDevice(
        call.param("ipaddr").orElse("0.0.0.0"),
        call.param("hostname").orElse(null),
        AuthLogEntry.Location.UNKNOWN,
        null,
        null);
  }
}
