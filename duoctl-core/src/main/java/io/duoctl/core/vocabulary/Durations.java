package io.duoctl.core.vocabulary;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people type them, the same on every surface: a whole number and one unit, {@code s}
 * seconds, {@code m} minutes, {@code h} hours, {@code d} days or {@code w} weeks ({@code 90s},
 * {@code 15m}, {@code 24h}, {@code 7d}, {@code 2w}), in any case; ISO-8601 such as {@code P7D} is
 * accepted too.
 */
public final class Durations {
  /** The accepted forms, for messages: {@code a number and a unit: 90s, 15m, 24h, 7d or 2w}. */
  public static final String EXPECTED = "a number and a unit: 90s, 15m, 24h, 7d or 2w";

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*([smhdw])");

  private Durations() {}

  /** The duration {@code text} names, or empty if it names none. */
  public static Optional<Duration> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(value);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return Optional.of(
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(n * 7);
          });
    }
    if (!value.startsWith("p")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.parse(value.toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The duration {@code text} names.
   *
   * @param field the input's name on the surface at hand, for the error
   * @throws InvalidValueException naming {@code field} and the accepted forms
   */
  public static Duration parse(String text, String field) {
    return find(text)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    field,
                    "\""
                        + (text == null ? "" : text.strip())
                        + "\" is not a duration; write "
                        + EXPECTED));
  }
}
