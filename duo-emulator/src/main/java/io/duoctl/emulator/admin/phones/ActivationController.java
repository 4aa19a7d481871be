package io.duoctl.emulator.admin.phones;

import io.duoctl.emulator.admin.internal.AdminIds;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.logs.TelephonyLog;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Duo Mobile activation and SMS endpoints of a phone (admin-api.md §5.4): they fail with 400 when
 * the phone's type or platform is Unknown; every SMS is a telephony log entry charging a credit.
 */
final class ActivationController {

  /** Default lifetime of an activation code: one day. */
  static final long DEFAULT_VALID_SECS = 86_400;

  /** Longest lifetime of an activation code: 30 days. */
  static final long MAX_VALID_SECS = 2_592_000;

  static final String ACTURL = "<acturl>";
  static final String INSTURL = "<insturl>";
  static final String DEFAULT_ACTIVATION_MSG =
      "To activate the Duo Mobile app, click this link: " + ACTURL;
  static final String DEFAULT_INSTALLATION_MSG =
      "Welcome to Duo! To install the Duo Mobile app, click this link: " + INSTURL;

  private final World world;

  ActivationController(World world) {
    this.world = world;
  }

  ApiResult activationUrl(ApiCall call) {
    Phone phone = smartphone(call);
    long validSecs = validSecs(call);
    boolean install = ParamValues.bool(call, "install", false);
    Map<String, Object> json = activation(call.account(), validSecs);
    if (install) {
      json.put("installation_url", installationUrl(call.account(), phone));
    }
    AdminLog.of(call.account())
        .recordApi(
            call, "phone_activation_url", phone.number(), Map.of("phone_id", phone.phoneId()));
    return ApiResult.ok(json);
  }

  ApiResult sendSmsActivation(ApiCall call) {
    Phone phone = smsCapableSmartphone(call);
    long validSecs = validSecs(call);
    boolean install = ParamValues.bool(call, "install", false);
    String activationMsg = message(call, "activation_msg", DEFAULT_ACTIVATION_MSG, ACTURL);
    String installationMsg = message(call, "installation_msg", DEFAULT_INSTALLATION_MSG, INSTURL);
    Map<String, Object> activation = activation(call.account(), validSecs);
    TelephonyLog telephony = TelephonyLog.of(world, call.account());
    if (install) {
      telephony.sms("enrollment", phone.number());
    }
    telephony.sms("enrollment", phone.number());
    Map<String, Object> json = new TreeMap<>();
    json.put("activation_barcode", activation.get("activation_barcode"));
    json.put("activation_msg", activationMsg);
    json.put("installation_msg", installationMsg);
    json.put("valid_secs", validSecs);
    AdminLog.of(call.account())
        .recordApi(call, "phone_send_sms_activation", phone.number(), Map.of("install", install));
    return ApiResult.ok(json);
  }

  ApiResult sendSmsInstallation(ApiCall call) {
    Phone phone = smsCapableSmartphone(call);
    String installationMsg = message(call, "installation_msg", DEFAULT_INSTALLATION_MSG, INSTURL);
    TelephonyLog.of(world, call.account()).sms("enrollment", phone.number());
    AdminLog.of(call.account())
        .recordApi(call, "phone_send_sms_installation", phone.number(), Map.of());
    return ApiResult.ok(Map.of("installation_msg", installationMsg));
  }

  ApiResult sendSmsPasscodes(ApiCall call) {
    PhoneBook phones = PhoneBook.of(world, call.account());
    Phone phone = phones.require(call.pathVariable("phone_id"));
    if (!phone.can("sms")) {
      throw DuoError.invalidParameter(phone.type() == PhoneType.LANDLINE ? "type" : "number");
    }
    TelephonyLog.of(world, call.account()).sms("authentication", phone.number());
    phones.update(phone.phoneId(), b -> b.smsPasscodesSent(true));
    AdminLog.of(call.account())
        .recordApi(call, "phone_send_sms_passcodes", phone.number(), Map.of());
    return ApiResult.empty();
  }

  private Phone smartphone(ApiCall call) {
    Phone phone = PhoneBook.of(world, call.account()).require(call.pathVariable("phone_id"));
    if (phone.type() != PhoneType.MOBILE) {
      throw DuoError.invalidParameter("type");
    }
    if (!phone.platform().isSmartphone()) {
      throw DuoError.invalidParameter("platform");
    }
    return phone;
  }

  private Phone smsCapableSmartphone(ApiCall call) {
    Phone phone = smartphone(call);
    if (phone.number().isEmpty()) {
      throw DuoError.invalidParameter("number");
    }
    return phone;
  }

  private static long validSecs(ApiCall call) {
    return ParamValues.integer(call, "valid_secs", 1, MAX_VALID_SECS, DEFAULT_VALID_SECS);
  }

  private static String message(ApiCall call, String name, String fallback, String placeholder) {
    String message = call.param(name).orElse(fallback);
    if (!message.contains(placeholder)) {
      throw DuoError.invalidParameter(name);
    }
    return message;
  }

  private Map<String, Object> activation(Account account, long validSecs) {
    String code = AdminIds.code(world.ids(), 20);
    String mobileHost = mobileHost(account);
    String activationUrl = "https://" + mobileHost + "/activate/" + code;
    Map<String, Object> json = new TreeMap<>();
    json.put(
        "activation_barcode",
        "https://"
            + account.apiHostname()
            + "/frame/qr?value="
            + URLEncoder.encode("duo://" + code, StandardCharsets.UTF_8));
    json.put("activation_url", activationUrl);
    json.put("valid_secs", validSecs);
    return json;
  }

  private static String installationUrl(Account account, Phone phone) {
    String platform = phone.platform().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return "https://" + mobileHost(account) + "/install/" + platform;
  }

  private static String mobileHost(Account account) {
    String host = account.apiHostname();
    return host.startsWith("api-") ? "m-" + host.substring(4) : "m-" + host;
  }
}
