package io.duoctl.emulator.admin.phones;

import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.UserAssociations;
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
  private final UserAssociations associations;

  UserPhonesController(World world) {
    this.world = world;
    this.associations = new UserAssociations(world);
  }

  ApiResult list(ApiCall call) {
    return associations.list(
        call, userId -> PhoneBook.of(world, call.account()).phonesOf(userId), PhoneJson::phone);
  }

  ApiResult associate(ApiCall call) {
    return associations.associate(
        call,
        "phone_id",
        (user, phoneId) -> {
          PhoneBook phones = PhoneBook.of(world, call.account());
          if (phones.byId(phoneId).isEmpty()) {
            throw DuoError.invalidParameter("phone_id");
          }
          phones.attach(phoneId, user.userId());
          AdminLog.of(call.account())
              .recordApi(call, "user_update", user.username(), Map.of("phone_added", phoneId));
        });
  }

  ApiResult disassociate(ApiCall call) {
    return associations.disassociate(
        call,
        "phone_id",
        (userId, phoneId) -> PhoneBook.of(world, call.account()).detach(phoneId, userId),
        (userId, phoneId) ->
            AdminLog.of(call.account())
                .recordApi(
                    call,
                    "user_update",
                    associations.username(call, userId),
                    Map.of("phone_removed", phoneId)));
  }
}
