package io.duoctl.emulator.admin.users;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.internal.AdminIds;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /admin/v1/users/enroll} and the bulk user endpoints (admin-api.md §5.1): enroll
 * creates an unknown user, emails an enrollment link (recorded, see {@link EnrollmentEmails}) and
 * answers the enrollment code; an enrolled user is 400. bulk_send_to_trash and bulk_restore move
 * users in and out of {@code pending deletion} (§7.5).
 */
final class EnrollController {

  /** Default lifetime of an enrollment link: 30 days. */
  static final long DEFAULT_VALID_SECS = 2_592_000;

  /** Most users per bulk request. */
  static final int MAX_BULK = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final World world;

  EnrollController(World world) {
    this.world = world;
  }

  ApiResult enroll(ApiCall call) {
    String username = call.requiredParam("username");
    String email = call.requiredParam("email");
    long validSecs =
        ParamValues.integer(call, "valid_secs", 0, Integer.MAX_VALUE, DEFAULT_VALID_SECS);
    UserDirectory users = UserDirectory.of(world, call.account());
    synchronized (AccountLock.of(call.account())) {
      User user = users.byUsernameOrAlias(username).orElse(null);
      if (user == null) {
        user = users.create(User.builder(username).email(email));
        AdminLog.of(call.account())
            .recordApi(call, "user_create", username, Map.of("username", username, "email", email));
      } else if (users.isEnrolled(user.userId())) {
        throw DuoError.invalidParameter("username");
      }
      String code = AdminIds.code(world.ids(), 20);
      EnrollmentEmails.of(world, call.account())
          .record(user.userId(), email, code, Duration.ofSeconds(validSecs));
      AdminLog.of(call.account())
          .recordApi(call, "user_enroll", user.username(), Map.of("email", email));
      return ApiResult.ok(code);
    }
  }

  ApiResult bulkCreate(ApiCall call) {
    List<Map<String, Object>> specs;
    try {
      specs = JSON.readValue(call.requiredParam("users"), new TypeReference<>() {});
    } catch (IOException notAnArray) {
      throw DuoError.invalidParameter("users");
    }
    if (specs == null || specs.isEmpty() || specs.size() > MAX_BULK) {
      throw DuoError.invalidParameter("users");
    }
    UserDirectory users = UserDirectory.of(world, call.account());
    UserJson json = new UserJson(world, call.account());
    synchronized (AccountLock.of(call.account())) {
      List<User.Builder> builders = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (Map<String, Object> spec : specs) {
        User.Builder builder = builder(spec);
        if (!names.add(builder.username.toLowerCase(java.util.Locale.ROOT))
            || users.byUsernameOrAlias(builder.username).isPresent()) {
          throw DuoError.invalidParameter("users");
        }
        builders.add(builder);
      }
      List<Map<String, Object>> created = new ArrayList<>();
      for (User.Builder builder : builders) {
        User user = users.create(builder);
        AdminLog.of(call.account())
            .recordApi(call, "user_create", user.username(), Map.of("username", user.username()));
        created.add(json.full(user));
      }
      return ApiResult.ok(created);
    }
  }

  private static User.Builder builder(Map<String, Object> spec) {
    Object username = spec.get("username");
    if (!(username instanceof String name) || name.isBlank()) {
      throw DuoError.invalidParameter("users");
    }
    User.Builder builder = User.builder(name);
    text(spec, "realname").ifPresent(builder::realname);
    text(spec, "email").ifPresent(builder::email);
    text(spec, "notes").ifPresent(builder::notes);
    text(spec, "firstname").ifPresent(builder::firstname);
    text(spec, "lastname").ifPresent(builder::lastname);
    text(spec, "status").ifPresent(s -> builder.status(UserStatus.settable(s)));
    return builder;
  }

  private static java.util.Optional<String> text(Map<String, Object> spec, String key) {
    Object value = spec.get(key);
    return value == null ? java.util.Optional.empty() : java.util.Optional.of(value.toString());
  }

  ApiResult sendToTrash(ApiCall call) {
    return moveAll(call, UserStatus.PENDING_DELETION, "user_trash");
  }

  ApiResult restore(ApiCall call) {
    return moveAll(call, UserStatus.ACTIVE, "user_restore");
  }

  private ApiResult moveAll(ApiCall call, UserStatus status, String action) {
    List<String> ids =
        ParamValues.jsonList(call, "user_id_list", UsersController.MAX_LIST)
            .orElseThrow(() -> DuoError.invalidParameter("user_id_list"));
    UserDirectory users = UserDirectory.of(world, call.account());
    UserJson json = new UserJson(world, call.account());
    synchronized (AccountLock.of(call.account())) {
      for (String id : ids) {
        User user = users.byId(id).orElseThrow(() -> DuoError.invalidParameter("user_id_list"));
        boolean trashed = user.status() == UserStatus.PENDING_DELETION;
        if (status == UserStatus.ACTIVE && !trashed) {
          throw DuoError.invalidParameter("user_id_list");
        }
      }
      List<Map<String, Object>> moved = new ArrayList<>();
      for (String id : ids) {
        User user = users.update(id, b -> b.status(status));
        AdminLog.of(call.account())
            .recordApi(call, action, user.username(), Map.of("status", status.wire()));
        moved.add(json.full(user));
      }
      return ApiResult.ok(moved);
    }
  }
}
