package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.admin.logs.TelephonyLog;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.settings.AccountSettings;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /auth/v2/auth} and {@code GET /auth/v2/auth_status} (signing-auth-accounts.md §4).
 *
 * <p>Factors: {@code push} and {@code phone} are answered by the device's scripted behaviour;
 * {@code auto} is a push if a phone can take one, else a call; {@code sms} sends a batch of
 * passcodes (telephony log, credits) and answers deny/{@code sent}; {@code passcode} accepts a
 * bypass code (consumed), an outstanding SMS passcode or a hardware token code, and a wrong one
 * counts toward lockout. With {@code async=1} the answer is {@code {txid}} and {@code auth_status}
 * reports waiting until the device's delay has passed on the emulator clock. A synchronous push or
 * call answers at once with the device's eventual answer: the emulator never holds a request thread
 * for a scripted delay.
 */
final class AuthController {

  /** How long {@code auth_status} waits for a change before answering waiting (real time). */
  static final Duration LONG_POLL = Duration.ofMillis(200);

  private final World world;
  private final Authentications authentications;

  AuthController(World world, Authentications authentications) {
    this.world = world;
    this.authentications = authentications;
  }

  ApiResult auth(ApiCall call) {
    AuthLog.of(call.account()).settle(call.now());
    String factor = call.requiredParam("factor");
    if (!factor.equals("auto")
        && !factor.equals("push")
        && !factor.equals("passcode")
        && !factor.equals("phone")
        && !factor.equals("sms")) {
      throw DuoError.invalidParameter("factor");
    }
    boolean async = ParamValues.bool(call, "async").orElse(false);
    User user =
        AuthRequest.user(world, call)
            .orElseThrow(
                () ->
                    DuoError.invalidParameter(
                        call.param("username").filter(v -> !v.isBlank()).isPresent()
                            ? "username"
                            : "user_id"));
    AuthTransaction tx = authenticate(call, user, factor);
    if (async) {
      return ApiResult.ok(Map.of("txid", tx.txid()));
    }
    return ApiResult.ok(tx.answerNowAndSettle(call));
  }

  private AuthTransaction authenticate(ApiCall call, User user, String factor) {
    Outcome forced = UserGate.forced(user);
    if (forced != null) {
      return authentications.end(call, user, "not_available", forced, null);
    }
    if (factor.equals("passcode")) {
      return passcode(call, user);
    }
    if (!UserGate.enrolled(UserDirectory.of(world, call.account()), user)) {
      return authentications.end(call, user, "not_available", Outcome.UNENROLLED, null);
    }
    String device = call.param("device").orElse("auto");
    return switch (factor) {
      case "push" -> push(call, user, device);
      case "phone" -> phone(call, user, device);
      case "sms" -> sms(call, user, device);
      default -> auto(call, user, device);
    };
  }

  private AuthTransaction auto(ApiCall call, User user, String device) {
    boolean canPush =
        PhoneBook.of(world, call.account()).phonesOf(user.userId()).stream()
            .anyMatch(p -> p.can("push") && (device.equals("auto") || p.phoneId().equals(device)));
    return canPush ? push(call, user, device) : phone(call, user, device);
  }

  private AuthTransaction push(ApiCall call, User user, String device) {
    Phone phone = Devices.choose(world, call.account(), user.userId(), device, "push");
    return authentications.await(
        call, user, "duo_push", AuthTransaction.Wait.PUSH, phone.behaviour(), authDevice(phone));
  }

  private AuthTransaction phone(ApiCall call, User user, String device) {
    Phone phone = Devices.choose(world, call.account(), user.userId(), device, "phone");
    TelephonyLog.of(world, call.account()).call("authentication", phone.number());
    return authentications.await(
        call, user, "phone_call", AuthTransaction.Wait.CALL, phone.behaviour(), authDevice(phone));
  }

  private AuthTransaction sms(ApiCall call, User user, String device) {
    Phone phone = Devices.choose(world, call.account(), user.userId(), device, "sms");
    int batch = AccountSettings.of(call.account()).smsBatch();
    SmsPasscodes.of(call.account()).send(world.ids(), user.userId(), batch);
    TelephonyLog.of(world, call.account()).sms("authentication", phone.number());
    PhoneBook.of(world, call.account()).update(phone.phoneId(), b -> b.smsPasscodesSent(true));
    return authentications.end(call, user, "sms_refresh", Outcome.SMS_SENT, authDevice(phone));
  }

  private AuthTransaction passcode(ApiCall call, User user) {
    String code = call.requiredParam("passcode").strip();
    String userId = user.userId();
    if (BypassCodes.of(world, call.account()).consume(userId, code)) {
      return authentications.end(call, user, "bypass_code", Outcome.VALID_PASSCODE, null);
    }
    if (SmsPasscodes.of(call.account()).consume(userId, code)) {
      return authentications.end(call, user, "sms_passcode", Outcome.VALID_PASSCODE, null);
    }
    if (TokenPasscodes.consume(world, call.account(), userId, code, call.now())) {
      return authentications.end(call, user, "hardware_token", Outcome.VALID_PASSCODE, null);
    }
    return authentications.end(call, user, "passcode", Outcome.INVALID_PASSCODE, null);
  }

  private static AuthLogEntry.AuthDevice authDevice(Phone phone) {
    String name = phone.name().isBlank() ? phone.number() : phone.name();
    return new AuthLogEntry.AuthDevice(phone.phoneId(), name, null, null);
  }

  ApiResult status(ApiCall call) {
    String txid = call.requiredParam("txid");
    AuthTransaction tx =
        AuthTransactions.of(call.account())
            .find(txid)
            .orElseThrow(() -> DuoError.invalidParameter("txid"));
    Instant deadline = Instant.now().plus(LONG_POLL);
    Instant now = world.now();
    while (tx.outcome(now) == null && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      now = world.now();
    }
    AuthLog.of(call.account()).settle(now);
    return ApiResult.ok(tx.status(now));
  }
}
