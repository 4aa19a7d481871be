package io.duoctl.emulator.admin.authlog;

import java.util.Locale;
import java.util.Map;

/**
 * The display names the legacy v1 authentication log uses for v2's factor, result and reason codes
 * (admin-api.md §6.16 lists the v1 fields; the display names follow Duo's Admin Panel and are
 * unverified).
 */
final class V1Names {

  private static final Map<String, String> FACTORS =
      Map.of(
          "duo_push", "Duo Push",
          "phone_call", "Phone Call",
          "sms_passcode", "SMS Passcode",
          "bypass_code", "Bypass Code",
          "passcode", "Passcode",
          "hardware_token", "Hardware Token",
          "duo_mobile_passcode", "Duo Mobile Passcode",
          "not_available", "Not Available");

  private V1Names() {}

  static String factor(String v2) {
    return FACTORS.getOrDefault(v2, v2);
  }

  static String result(String v2) {
    return switch (v2) {
      case "success" -> "SUCCESS";
      case "fraud" -> "FRAUD";
      default -> "FAILURE";
    };
  }

  static String reason(String v2) {
    String words = v2.replace('_', ' ');
    return words.isEmpty()
        ? words
        : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
