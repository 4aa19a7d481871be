package io.duoctl.emulator.admin.directory;

import io.duoctl.emulator.admin.groups.Group;
import io.duoctl.emulator.admin.groups.Groups;
import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserJson;
import io.duoctl.emulator.admin.users.UserStatus;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code POST /admin/v1/users/directorysync/{directory_key}/syncuser} (admin-api.md §7.9): an
 * unknown key is 404; a username the directory lacks is 400 naming {@code username}; otherwise the
 * user is created or updated from the entry ({@code last_directory_sync} now, a locked-out user
 * active again, the directory's groups joined, created if needed) and returned.
 */
final class DirectorySyncController {

  private final World world;

  DirectorySyncController(World world) {
    this.world = world;
  }

  ApiResult syncUser(ApiCall call) {
    Account account = call.account();
    String key = call.pathVariable("directory_key");
    Directories directories = Directories.of(account);
    if (directories.name(key).isEmpty()) {
      throw DuoError.notFound();
    }
    String username = call.requiredParam("username");
    DirectoryEntry entry =
        directories.entry(key, username).orElseThrow(() -> DuoError.invalidParameter("username"));
    UserDirectory users = UserDirectory.of(world, account);
    synchronized (AccountLock.of(account)) {
      Optional<User> existing = users.byUsernameOrAlias(entry.username());
      User user =
          existing.isPresent()
              ? users.update(existing.get().userId(), b -> apply(b, entry, existing.get()))
              : users.create(apply(User.builder(entry.username()), entry, null));
      Groups groups = Groups.of(world, account);
      for (String name : entry.groups()) {
        Group group = groups.byName(name).orElseGet(() -> groups.create(Group.named(name)));
        groups.addMember(group.groupId(), user.userId());
      }
      AdminLog.of(account)
          .recordApi(
              call,
              existing.isPresent() ? "user_update" : "user_create",
              user.username(),
              Map.of("directory", directories.name(key).get()));
      return ApiResult.ok(new UserJson(world, account).full(user));
    }
  }

  private User.Builder apply(User.Builder builder, DirectoryEntry entry, User existing) {
    Map<String, String> aliases = new TreeMap<>();
    for (int i = 0; i < entry.aliases().size(); i++) {
      aliases.put("alias" + (i + 1), entry.aliases().get(i));
    }
    builder
        .username(entry.username())
        .realname(entry.realname())
        .email(entry.email())
        .firstname(entry.firstname())
        .lastname(entry.lastname())
        .aliases(aliases)
        .externalId(entry.externalId())
        .lastDirectorySync(world.now().getEpochSecond());
    if (existing != null && existing.status() == UserStatus.LOCKED_OUT) {
      builder.status(UserStatus.ACTIVE);
    }
    return builder;
  }
}
