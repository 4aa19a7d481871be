package io.duoctl.emulator.admin.groups;

import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.model.World;
import java.util.Map;

/**
 * {@code /admin/v1/users/{user_id}/groups}: a user's groups, join (an unknown group is 400 {@code
 * group_id}), leave (idempotent, §7.2).
 */
final class UserGroupsController {

  private final World world;

  UserGroupsController(World world) {
    this.world = world;
  }

  ApiResult list(ApiCall call) {
    User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
    return Paging.page(
        call,
        Groups.of(world, call.account()).groupsOf(user.userId()),
        Paging.OTHERS_MAX,
        GroupJson::group);
  }

  ApiResult associate(ApiCall call) {
    String groupId = call.requiredParam("group_id");
    synchronized (AccountLock.of(call.account())) {
      User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
      Groups.of(world, call.account()).addMember(groupId, user.userId());
      AdminLog.of(call.account())
          .recordApi(
              call,
              "group_update",
              groupName(call, groupId),
              Map.of("user_added", user.username()));
    }
    return ApiResult.empty();
  }

  ApiResult disassociate(ApiCall call) {
    String userId = call.pathVariable("user_id");
    String groupId = call.pathVariable("group_id");
    if (Groups.of(world, call.account()).removeMember(groupId, userId)) {
      AdminLog.of(call.account())
          .recordApi(
              call, "group_update", groupName(call, groupId), Map.of("user_removed", userId));
    }
    return ApiResult.empty();
  }

  private String groupName(ApiCall call, String groupId) {
    return Groups.of(world, call.account()).byId(groupId).map(Group::name).orElse(groupId);
  }
}
