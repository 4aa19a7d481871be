package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code send_verification_push} and {@code verification_push_response} (admin-api.md §5.1, §7.10):
 * the phone must be the user's and able to receive pushes.
 */
final class VerificationPushController {

  private final World world;

  VerificationPushController(World world) {
    this.world = world;
  }

  ApiResult send(ApiCall call) {
    User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
    String phoneId = call.requiredParam("phone_id");
    PhoneBook phones = PhoneBook.of(world, call.account());
    Phone phone =
        phones.phonesOf(user.userId()).stream()
            .filter(p -> p.phoneId().equals(phoneId) && p.can("push"))
            .findFirst()
            .orElseThrow(() -> DuoError.invalidParameter("phone_id"));
    VerificationPushes.Push push =
        VerificationPushes.of(world, call.account()).send(user.userId(), phone);
    Map<String, Object> json = new TreeMap<>();
    json.put("confirmation_code", push.confirmationCode());
    json.put("push_id", push.pushId());
    return ApiResult.ok(json);
  }

  ApiResult result(ApiCall call) {
    String userId = call.pathVariable("user_id");
    UserDirectory.of(world, call.account()).require(userId);
    String pushId = call.requiredParam("push_id");
    String result =
        VerificationPushes.of(world, call.account())
            .result(userId, pushId)
            .orElseThrow(DuoError::notFound);
    Map<String, Object> json = new TreeMap<>();
    json.put("push_id", pushId);
    json.put("result", result);
    return ApiResult.ok(json);
  }
}
