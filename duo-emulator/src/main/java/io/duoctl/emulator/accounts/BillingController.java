package io.duoctl.emulator.accounts;

import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Edition;
import io.duoctl.emulator.model.InsufficientCreditsException;
import io.duoctl.emulator.model.World;
import java.util.Map;

/**
 * {@code /admin/v1/billing/edition} and {@code /admin/v1/billing/telephony_credits} on a child,
 * called with the parent's Accounts API keys and {@code account_id} (signing-auth-accounts.md
 * §5.3). Setting credits sets the child's new total and moves the difference from the parent.
 */
final class BillingController {

  private final World world;

  BillingController(World world) {
    this.world = world;
  }

  ApiResult edition(ApiCall call) {
    return ApiResult.ok(Map.of("edition", call.account().edition().name()));
  }

  ApiResult setEdition(ApiCall call) {
    String value = call.requiredParam("edition");
    Edition edition;
    try {
      edition = Edition.valueOf(value);
    } catch (IllegalArgumentException unknown) {
      throw DuoError.invalidParameter("edition");
    }
    world.setEdition(call.account(), edition);
    return ApiResult.empty();
  }

  ApiResult credits(ApiCall call) {
    return ApiResult.ok(Map.of("credits", call.account().telephonyCredits()));
  }

  ApiResult setCredits(ApiCall call) {
    long credits;
    try {
      credits = Long.parseLong(call.requiredParam("credits").trim());
    } catch (NumberFormatException notANumber) {
      throw DuoError.invalidParameter("credits");
    }
    if (credits < 0) {
      throw DuoError.invalidParameter("credits");
    }
    try {
      world.setTelephonyCredits(call.account(), credits);
    } catch (InsufficientCreditsException parentTooPoor) {
      throw DuoError.invalidParameter("credits");
    }
    return ApiResult.empty();
  }
}
