package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.bypass.BypassRequest;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /auth/v2/enroll} and {@code POST /auth/v2/enroll_status} (signing-auth-accounts.md
 * §4): enroll creates the user (random username when none is given; a taken one is 400 40002 {@code
 * username}) and an activation code valid {@code valid_secs} (default 86400), optionally with
 * {@code bypass_codes} codes; enroll_status answers the bare string {@code success}, {@code
 * waiting} or {@code invalid}.
 */
final class EnrollController {

  private static final long DEFAULT_VALID_SECS = 86_400;

  private final World world;

  EnrollController(World world) {
    this.world = world;
  }

  ApiResult enroll(ApiCall call) {
    long validSecs = ParamValues.integer(call, "valid_secs", 1, 365L * 86_400, DEFAULT_VALID_SECS);
    long bypassCount = ParamValues.integer(call, "bypass_codes", 0, 10, 0);
    UserDirectory users = UserDirectory.of(world, call.account());
    String username = call.param("username").filter(v -> !v.isBlank()).orElse(null);
    if (username != null && users.byUsernameOrAlias(username).isPresent()) {
      throw DuoError.invalidParameter("username");
    }
    while (username == null || users.byUsernameOrAlias(username).isPresent()) {
      username = world.ids().draw("abcdefghijklmnopqrstuvwxyz", 8);
    }
    User user = users.create(User.builder(username));
    String code =
        world.ids().draw("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 20);
    Instant expires = call.now().plus(Duration.ofSeconds(validSecs));
    Enrollments.of(call.account()).add(new Enrollments.Enrollment(code, user.userId(), expires));
    String host = call.account().apiHostname();
    String activation =
        "duo://"
            + code
            + "-"
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(host.getBytes(StandardCharsets.UTF_8));
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(
        "activation_barcode",
        "https://"
            + host
            + "/frame/qr?value="
            + URLEncoder.encode(activation, StandardCharsets.UTF_8));
    view.put("activation_code", activation);
    view.put("activation_url", "https://" + host.replaceFirst("^api-", "m-") + "/activate/" + code);
    if (bypassCount > 0) {
      List<String> codes =
          BypassCodes.of(world, call.account())
              .create(
                  user.userId(),
                  new BypassRequest((int) bypassCount, List.of(), 1, Duration.ZERO, false));
      view.put("bypass_codes", codes);
    }
    view.put("expiration", expires.getEpochSecond());
    view.put("user_id", user.userId());
    view.put("username", user.username());
    view.put("valid_secs", validSecs);
    return ApiResult.ok(view);
  }

  ApiResult status(ApiCall call) {
    String userId = call.requiredParam("user_id");
    String code = call.requiredParam("activation_code");
    UserDirectory users = UserDirectory.of(world, call.account());
    Enrollments.Enrollment enrollment =
        Enrollments.of(call.account())
            .find(code)
            .filter(e -> e.userId().equals(userId))
            .filter(e -> users.byId(userId).isPresent())
            .orElse(null);
    if (enrollment == null) {
      return ApiResult.ok("invalid");
    }
    if (users.isEnrolled(userId)) {
      return ApiResult.ok("success");
    }
    return ApiResult.ok(call.now().isBefore(enrollment.expires()) ? "waiting" : "invalid");
  }
}
