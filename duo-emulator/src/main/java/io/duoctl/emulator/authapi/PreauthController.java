package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /auth/v2/preauth} (signing-auth-accounts.md §4): {@code enroll} for an unknown or
 * unenrolled user (with {@code enroll_portal_url}), {@code allow} for a user in bypass, {@code
 * deny} for a disabled or locked-out user, else {@code auth} with the user's devices. Allow and
 * deny are written to the auth log, as they end the login.
 */
final class PreauthController {

  private final World world;
  private final Authentications authentications;

  PreauthController(World world, Authentications authentications) {
    this.world = world;
    this.authentications = authentications;
  }

  ApiResult preauth(ApiCall call) {
    AuthLog.of(call.account()).settle(call.now());
    Optional<User> found = AuthRequest.user(world, call);
    if (found.isEmpty()) {
      return ApiResult.ok(enroll(call));
    }
    User user = found.get();
    Outcome forced = UserGate.forced(user);
    if (forced != null) {
      authentications.end(call, user, "not_available", forced, null);
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("result", forced.result());
      view.put("status_msg", forced.statusMessage());
      return ApiResult.ok(view);
    }
    UserDirectory users = UserDirectory.of(world, call.account());
    if (!UserGate.enrolled(users, user)) {
      return ApiResult.ok(enroll(call));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("devices", Devices.of(world, call.account(), user.userId()));
    view.put("result", "auth");
    view.put("status_msg", "Account is active");
    return ApiResult.ok(view);
  }

  private static Map<String, Object> enroll(ApiCall call) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(
        "enroll_portal_url",
        "https://" + call.account().apiHostname() + "/portal?akey=" + call.account().id());
    view.put("result", "enroll");
    view.put("status_msg", "Enroll an authentication device to proceed");
    return view;
  }
}
