package io.duoctl.emulator.admin.groups;

import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code /admin/v1/groups}, {@code /admin/v2/groups/{group_id}} and its members (admin-api.md
 * §5.3).
 */
final class GroupsController {

  private final World world;

  GroupsController(World world) {
    this.world = world;
  }

  ApiResult list(ApiCall call) {
    Groups groups = Groups.of(world, call.account());
    Optional<List<String>> ids = ParamValues.jsonList(call, "group_id_list", 100);
    if (ids.isPresent()) {
      return Paging.whole(
          ids.get().stream().map(groups::byId).flatMap(Optional::stream).distinct().toList(),
          GroupJson::group);
    }
    return Paging.page(call, groups.all(), Paging.OTHERS_MAX, GroupJson::group);
  }

  ApiResult create(ApiCall call) {
    Group spec = apply(call, Group.named(call.requiredParam("name")));
    Group group = Groups.of(world, call.account()).create(spec);
    AdminLog.of(call.account())
        .recordApi(call, "group_create", group.name(), GroupJson.group(group));
    return ApiResult.ok(GroupJson.group(group));
  }

  ApiResult get(ApiCall call) {
    return ApiResult.ok(
        GroupJson.group(Groups.of(world, call.account()).require(call.pathVariable("group_id"))));
  }

  ApiResult modify(ApiCall call) {
    String groupId = call.pathVariable("group_id");
    Group group = Groups.of(world, call.account()).update(groupId, g -> apply(call, g));
    AdminLog.of(call.account())
        .recordApi(call, "group_update", group.name(), GroupJson.group(group));
    return ApiResult.ok(GroupJson.group(group));
  }

  ApiResult delete(ApiCall call) {
    Groups groups = Groups.of(world, call.account());
    Group group = groups.require(call.pathVariable("group_id"));
    groups.delete(group.groupId());
    AdminLog.of(call.account())
        .recordApi(call, "group_delete", group.name(), Map.of("group_id", group.groupId()));
    return ApiResult.empty();
  }

  ApiResult members(ApiCall call) {
    Groups groups = Groups.of(world, call.account());
    Group group = groups.require(call.pathVariable("group_id"));
    UserDirectory users = UserDirectory.of(world, call.account());
    List<User> members =
        groups.memberIdsOf(group.groupId()).stream()
            .map(users::byId)
            .flatMap(Optional::stream)
            .toList();
    return Paging.page(call, members, Paging.OTHERS_MAX, GroupsController::member);
  }

  private static Map<String, Object> member(User user) {
    Map<String, Object> json = new TreeMap<>();
    json.put("user_id", user.userId());
    json.put("username", user.username());
    return json;
  }

  private static Group apply(ApiCall call, Group group) {
    Group out = group;
    if (call.params().has("name")) {
      out = out.withName(call.param("name").get());
    }
    if (call.params().has("desc")) {
      out = out.withDesc(call.param("desc").get());
    }
    if (call.params().has("status")) {
      out = out.withStatus(GroupStatus.parse(call.param("status").get()));
    }
    Map<String, Boolean> flags = new LinkedHashMap<>();
    for (String flag :
        List.of("push_enabled", "sms_enabled", "voice_enabled", "mobile_otp_enabled")) {
      flags.put(flag, ParamValues.bool(call, flag).orElse(null));
    }
    return out.withFactors(
        or(flags.get("push_enabled"), out.pushEnabled()),
        or(flags.get("sms_enabled"), out.smsEnabled()),
        or(flags.get("voice_enabled"), out.voiceEnabled()),
        or(flags.get("mobile_otp_enabled"), out.mobileOtpEnabled()));
  }

  private static boolean or(Boolean given, boolean current) {
    if (given == null) {
      return current;
    }
    return given;
  }
}
