package io.duoctl.emulator.admin.bypass;

import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserJson;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Bypass codes (admin-api.md §5.1, §5.8, §6.5): create per user ({@code count} 1–10, default 10,
 * xor {@code codes}; {@code reuse_count} default 1, 0 unlimited; {@code valid_secs} default 0
 * never; {@code preserve_existing}), metadata per user and account-wide, get and delete one.
 */
final class BypassController {

  static final int MAX_COUNT = 10;

  private final World world;

  BypassController(World world) {
    this.world = world;
  }

  ApiResult create(ApiCall call) {
    User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
    boolean hasCount = call.params().has("count");
    boolean hasCodes = call.params().has("codes");
    if (hasCount && hasCodes) {
      throw DuoError.invalidParameter("codes");
    }
    int count = (int) ParamValues.integer(call, "count", 1, MAX_COUNT, MAX_COUNT);
    List<String> codes = hasCodes ? codes(call.param("codes").get()) : List.of();
    long reuse = ParamValues.integer(call, "reuse_count", 0, Integer.MAX_VALUE, 1);
    long validSecs = ParamValues.integer(call, "valid_secs", 0, Integer.MAX_VALUE, 0);
    boolean preserve = ParamValues.bool(call, "preserve_existing", false);
    BypassRequest request =
        new BypassRequest(
            count, codes, reuse == 0 ? null : (int) reuse, Duration.ofSeconds(validSecs), preserve);
    List<String> created = BypassCodes.of(world, call.account()).create(user.userId(), request);
    AdminLog.of(call.account())
        .recordApi(
            call,
            "bypass_create",
            user.username(),
            Map.of(
                "count", created.size(),
                "reuse_count", reuse,
                "valid_secs", validSecs,
                "preserve_existing", preserve));
    return ApiResult.ok(created);
  }

  private static List<String> codes(String csv) {
    List<String> codes = Arrays.stream(csv.split(",")).map(String::trim).toList();
    if (codes.isEmpty() || codes.stream().anyMatch(c -> !c.matches("[0-9]{4,16}"))) {
      throw DuoError.invalidParameter("codes");
    }
    return codes;
  }

  ApiResult ofUser(ApiCall call) {
    User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
    UserJson users = new UserJson(world, call.account());
    return Paging.page(
        call,
        BypassCodes.of(world, call.account()).codesOf(user.userId()),
        Paging.OTHERS_MAX,
        c -> BypassJson.code(c, users.scalar(user)));
  }

  ApiResult all(ApiCall call) {
    return Paging.page(
        call, BypassCodes.of(world, call.account()).all(), Paging.OTHERS_MAX, c -> json(call, c));
  }

  ApiResult get(ApiCall call) {
    BypassCode code =
        BypassCodes.of(world, call.account()).require(call.pathVariable("bypass_code_id"));
    return ApiResult.ok(json(call, code));
  }

  ApiResult delete(ApiCall call) {
    BypassCodes codes = BypassCodes.of(world, call.account());
    BypassCode code = codes.require(call.pathVariable("bypass_code_id"));
    codes.delete(code.bypassCodeId());
    AdminLog.of(call.account())
        .recordApi(
            call, "bypass_delete", code.userId(), Map.of("bypass_code_id", code.bypassCodeId()));
    return ApiResult.empty();
  }

  private Map<String, Object> json(ApiCall call, BypassCode code) {
    Object user =
        UserDirectory.of(world, call.account())
            .byId(code.userId())
            .map(u -> (Object) new UserJson(world, call.account()).scalar(u))
            .orElse(null);
    return BypassJson.code(code, user);
  }
}
