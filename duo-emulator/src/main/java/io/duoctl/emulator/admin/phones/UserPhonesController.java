package io.duoctl.emulator.admin.phones;

import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.util.Map;

/**
 * {@code /admin/v1/users/{user_id}/phones}: a user's phones, associate (an unknown phone is 400
 * {@code phone_id}), disassociate (idempotent, §7.2; the phone is kept).
 */
final class UserPhonesController {

  private final World world;

  UserPhonesController(World world) {
    this.world = world;
  }

  ApiResult list(ApiCall call) {
    User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
    return Paging.page(
        call,
        PhoneBook.of(world, call.account()).phonesOf(user.userId()),
        Paging.OTHERS_MAX,
        PhoneJson::phone);
  }

  ApiResult associate(ApiCall call) {
    String phoneId = call.requiredParam("phone_id");
    synchronized (AccountLock.of(call.account())) {
      User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
      PhoneBook phones = PhoneBook.of(world, call.account());
      if (phones.byId(phoneId).isEmpty()) {
        throw DuoError.invalidParameter("phone_id");
      }
      phones.attach(phoneId, user.userId());
      AdminLog.of(call.account())
          .recordApi(call, "user_update", user.username(), Map.of("phone_added", phoneId));
    }
    return ApiResult.empty();
  }

  ApiResult disassociate(ApiCall call) {
    String userId = call.pathVariable("user_id");
    String phoneId = call.pathVariable("phone_id");
    if (PhoneBook.of(world, call.account()).detach(phoneId, userId)) {
      AdminLog.of(call.account())
          .recordApi(call, "user_update", username(call, userId), Map.of("phone_removed", phoneId));
    }
    return ApiResult.empty();
  }

  private String username(ApiCall call, String userId) {
    return UserDirectory.of(world, call.account()).byId(userId).map(User::username).orElse(userId);
  }
}
