package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.phones.PhonePlatform;
import io.duoctl.emulator.admin.tokens.HardwareToken;
import io.duoctl.emulator.admin.tokens.HardwareTokens;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's authentication devices as preauth lists them (signing-auth-accounts.md §4): phones with
 * at least one capability, numbers masked as Duo masks them ({@code XXX-XXX-1234}), then hardware
 * tokens; and the choice of device for a factor.
 */
final class Devices {

  private Devices() {}

  static List<Map<String, Object>> of(World world, Account account, String userId) {
    List<Map<String, Object>> out = new ArrayList<>();
    SmsPasscodes sms = SmsPasscodes.of(account);
    for (Phone phone : PhoneBook.of(world, account).phonesOf(userId)) {
      if (phone.capabilities().isEmpty()) {
        continue;
      }
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("capabilities", phone.capabilities());
      view.put("device", phone.phoneId());
      view.put("display_name", displayName(phone));
      view.put("name", phone.name());
      view.put("number", mask(phone.number()));
      sms.nextCodeHint(userId).ifPresent(hint -> view.put("sms_nextcode", hint));
      view.put("type", "phone");
      out.add(view);
    }
    for (HardwareToken token : HardwareTokens.of(world, account).tokensOf(userId)) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("device", token.tokenId());
      view.put("display_name", "Token (" + token.serial() + ")");
      view.put("name", "");
      view.put("type", "token");
      out.add(view);
    }
    return out;
  }

  /** {@code XXX-XXX-1234} for a number with at least four digits, else "". */
  static String mask(String number) {
    String digits = number.replaceAll("[^0-9]", "");
    return digits.length() < 4 ? "" : "XXX-XXX-" + digits.substring(digits.length() - 4);
  }

  private static String displayName(Phone phone) {
    if (!phone.name().isBlank()) {
      return phone.name();
    }
    String kind =
        phone.platform() == PhonePlatform.APPLE_IOS
            ? "iOS"
            : phone.platform() == PhonePlatform.GOOGLE_ANDROID ? "Android" : "Phone";
    String masked = mask(phone.number());
    return masked.isEmpty() ? kind : kind + " (" + masked + ")";
  }

  /**
   * The phone to use for a factor needing {@code capability}: the one named by {@code device}, or
   * with {@code auto} (or none) the first that has it.
   *
   * @throws DuoError 400 40002 naming {@code device} when the named phone is not the user's or
   *     lacks the capability, or no phone has it
   */
  static Phone choose(
      World world, Account account, String userId, String device, String capability) {
    List<Phone> phones = PhoneBook.of(world, account).phonesOf(userId);
    if (device == null || device.isBlank() || device.equals("auto")) {
      return phones.stream()
          .filter(p -> p.can(capability))
          .findFirst()
          .orElseThrow(() -> DuoError.invalidParameter("device"));
    }
    return phones.stream()
        .filter(p -> p.phoneId().equals(device) && p.can(capability))
        .findFirst()
        .orElseThrow(() -> DuoError.invalidParameter("device"));
  }
}
