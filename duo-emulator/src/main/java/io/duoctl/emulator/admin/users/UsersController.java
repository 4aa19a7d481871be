package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.trustmonitor.TrustMonitor;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /admin/v1/users} and {@code /admin/v1/users/{user_id}}: list and look-ups (§7.4), create,
 * get, modify (the API cannot set {@code locked out}, §7.6), permanent delete (§7.5, idempotent per
 * §7.2).
 */
final class UsersController {

  /** Most IDs or names in {@code user_id_list} / {@code username_list} (§3, §7.11). */
  static final int MAX_LIST = 100;

  private final World world;

  UsersController(World world) {
    this.world = world;
  }

  ApiResult list(ApiCall call) {
    UserDirectory users = UserDirectory.of(world, call.account());
    UserJson json = new UserJson(world, call.account());
    Optional<List<String>> ids = ParamValues.jsonList(call, "user_id_list", MAX_LIST);
    Optional<List<String>> names = ParamValues.jsonList(call, "username_list", MAX_LIST);
    if (ids.isPresent() || names.isPresent()) {
      if (call.params().has("username") || call.params().has("email")) {
        throw DuoError.invalidParameter(call.params().has("username") ? "username" : "email");
      }
      List<User> found =
          ids.isPresent()
              ? ids.get().stream().map(users::byId).flatMap(Optional::stream).toList()
              : names.get().stream()
                  .map(users::byUsernameOrAlias)
                  .flatMap(Optional::stream)
                  .toList();
      return Paging.whole(found.stream().distinct().toList(), json::full);
    }
    List<User> selected;
    if (call.params().has("username")) {
      selected = users.byUsernameOrAlias(call.param("username").get()).stream().toList();
    } else if (call.params().has("email")) {
      selected = users.byEmail(call.param("email").get());
    } else {
      selected = users.all();
    }
    return Paging.page(call, selected, Paging.USERS_MAX, json::full);
  }

  ApiResult create(ApiCall call) {
    String username = call.requiredParam("username");
    User.Builder spec = User.builder(username);
    Map<String, Object> fields = UserParams.apply(call, spec);
    User user = UserParams.naming(call, () -> UserDirectory.of(world, call.account()).create(spec));
    AdminLog.of(call.account()).recordApi(call, "user_create", user.username(), fields);
    return ApiResult.ok(new UserJson(world, call.account()).full(user));
  }

  ApiResult get(ApiCall call) {
    User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
    return ApiResult.ok(new UserJson(world, call.account()).full(user));
  }

  ApiResult modify(ApiCall call) {
    String userId = call.pathVariable("user_id");
    UserDirectory users = UserDirectory.of(world, call.account());
    UserStatus before = users.require(userId).status();
    AtomicReference<Map<String, Object>> fields = new AtomicReference<>();
    User user =
        UserParams.naming(
            call,
            () ->
                users.update(
                    userId,
                    builder -> {
                      fields.set(UserParams.apply(call, builder));
                      return builder;
                    }));
    AdminLog.of(call.account()).recordApi(call, "user_update", user.username(), fields.get());
    if (before != UserStatus.BYPASS && user.status() == UserStatus.BYPASS) {
      TrustMonitor.of(call.account()).bypassEnabledByApi(world, call, userId, user.username());
    }
    return ApiResult.ok(new UserJson(world, call.account()).full(user));
  }

  ApiResult delete(ApiCall call) {
    String userId = call.pathVariable("user_id");
    UserDirectory users = UserDirectory.of(world, call.account());
    Optional<User> user = users.byId(userId);
    if (users.delete(userId)) {
      AdminLog.of(call.account())
          .recordApi(call, "user_delete", user.get().username(), Map.of("user_id", userId));
    }
    return ApiResult.empty();
  }
}
