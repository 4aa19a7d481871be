package io.duoctl.core.actions;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as users type them, normalised to E.164. Only a number that states its country
 * ({@code +} and the country code) is accepted: guessing {@code +1} for a national number is how
 * numbers outside North America end up on the wrong phone.
 */
public final class PhoneNumbers {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/\\u00a0]");
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  private PhoneNumbers() {}

  /**
   * The E.164 form of {@code typed} ({@code "+44 (0)20 7946-0958"} is not valid, {@code "+44 20
   * 7946 0958"} gives {@code +442079460958}).
   *
   * @return the number, or empty when it is not E.164; {@link #problem} explains why
   */
  public static Optional<String> normalise(String typed) {
    String compact = compact(typed);
    return E164.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
  }

  /** Why {@code typed} is not an E.164 number, with the fix. */
  public static String problem(String typed) {
    String compact = compact(typed);
    if (compact.startsWith("00")) {
      return "must start with + and the country code; write \"+"
          + compact.substring(2)
          + "\" instead of the 00 prefix";
    }
    if (!compact.startsWith("+")) {
      return "must be in international E.164 form with + and the country code, e.g."
          + " \"+14155550123\" or \"+4915112345678\"; a national number is ambiguous and no"
          + " country is assumed";
    }
    if (compact.contains("(0)")) {
      return "must not keep the national trunk 0 in parentheses; drop \"(0)\"";
    }
    return "must be + then 7 to 15 digits, the first not 0 (E.164), e.g. \"+14155550123\"";
  }

  private static String compact(String typed) {
    String withoutTrunk = typed.strip();
    return withoutTrunk.contains("(0)")
        ? withoutTrunk
        : SEPARATORS.matcher(withoutTrunk).replaceAll("");
  }
}
