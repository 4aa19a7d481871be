package io.duoctl.core.access;

import io.duoctl.core.errors.FieldError;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a new API token lives: {@code 90d}, {@code 12h}, {@code 30m}, {@code 2w}, or ISO-8601
 * such as {@code P90D}; from {@value #MIN_MINUTES} minute up to {@value #MAX_DAYS} days.
 */
public final class TokenLifetime {
  static final long MIN_MINUTES = 1;
  static final long MAX_DAYS = 3650;
  static final String FIELD = "expires_in";

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*([mhdw])");

  private TokenLifetime() {}

  /**
   * Parses a lifetime.
   *
   * @throws InvalidApiTokenException naming {@code expires_in} and the accepted forms
   */
  public static Duration parse(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(value);
    Duration lifetime;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      lifetime =
          switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(n * 7);
          };
    } else {
      try {
        lifetime = Duration.parse(value.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw invalid(
            "\""
                + (text == null ? "" : text)
                + "\" is not a lifetime; write a number and a unit, such as 90d, 12h, 30m or 2w");
      }
    }
    check(lifetime);
    return lifetime;
  }

  static void check(Duration lifetime) {
    if (lifetime.compareTo(Duration.ofMinutes(MIN_MINUTES)) < 0
        || lifetime.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
      throw invalid(
          "must be between "
              + MIN_MINUTES
              + " minute and "
              + MAX_DAYS
              + " days (e.g. 90d); leave it out for a token that does not expire");
    }
  }

  private static InvalidApiTokenException invalid(String message) {
    return new InvalidApiTokenException(List.of(new FieldError(FIELD, message)));
  }
}
