package io.duoctl.emulator.admin.phones;

import io.duoctl.emulator.http.DuoError;
import java.util.regex.Pattern;

/**
 * Normalises phone numbers to E.164 as Duo does (admin-api.md §6.2): spaces, dashes, dots and
 * parentheses are ignored; without a leading {@code +} a US number ({@code +1}) is assumed.
 */
public final class PhoneNumbers {

  private static final Pattern IGNORED = Pattern.compile("[\\s\\-.()]");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private PhoneNumbers() {}

  /**
   * The E.164 form of {@code input}; the empty string stays empty (tablets).
   *
   * @throws DuoError 400 40002 {@code number} when anything but digits remains or the length is not
   *     that of a phone number
   */
  public static String normalise(String input) {
    String trimmed = input.trim();
    if (trimmed.isEmpty()) {
      return "";
    }
    boolean plus = trimmed.startsWith("+");
    String digits = IGNORED.matcher(plus ? trimmed.substring(1) : trimmed).replaceAll("");
    if (!DIGITS.matcher(digits).matches()) {
      throw DuoError.invalidParameter("number");
    }
    String e164 = plus ? "+" + digits : "+1" + digits;
    if (e164.length() < 8 || e164.length() > 16) {
      throw DuoError.invalidParameter("number");
    }
    return e164;
  }
}
