package io.duoctl.emulator.admin.groups;

import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.UserAssociations;
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
  private final UserAssociations associations;

  UserGroupsController(World world) {
    this.world = world;
    this.associations = new UserAssociations(world);
  }

  ApiResult list(ApiCall call) {
    return associations.list(
        call, userId -> Groups.of(world, call.account()).groupsOf(userId), GroupJson::group);
  }

  ApiResult associate(ApiCall call) {
    return associations.associate(
        call,
        "group_id",
        (user, groupId) -> {
          Groups.of(world, call.account()).addMember(groupId, user.userId());
          AdminLog.of(call.account())
              .recordApi(
                  call,
                  "group_update",
                  groupName(call, groupId),
                  Map.of("user_added", user.username()));
        });
  }

  ApiResult disassociate(ApiCall call) {
    return associations.disassociate(
        call,
        "group_id",
        (userId, groupId) -> Groups.of(world, call.account()).removeMember(groupId, userId),
        (userId, groupId) ->
            AdminLog.of(call.account())
                .recordApi(
                    call,
                    "group_update",
                    groupName(call, groupId),
                    Map.of("user_removed", userId)));
  }

  private String groupName(ApiCall call, String groupId) {
    return Groups.of(world, call.account()).byId(groupId).map(Group::name).orElse(groupId);
  }
}
