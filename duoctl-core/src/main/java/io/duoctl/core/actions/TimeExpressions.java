package io.duoctl.core.actions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instants as users give them for log windows: ISO-8601 ({@code 2026-03-01T10:00:00Z}, with an
 * offset, or a date meaning its start in UTC), or an age before now: {@code 90s}, {@code 30m},
 * {@code 24h}, {@code 7d}, {@code 2w}.
 */
public final class TimeExpressions {

  /** What callers show as the fix when {@link #parse} finds no time. */
  public static final String EXPECTED =
      "must be an ISO-8601 time like 2026-03-01T10:00:00Z, a date like 2026-03-01, or an age"
          + " before now like 30m, 24h, 7d";

  private static final Pattern AGE = Pattern.compile("(\\d{1,6})\\s*([smhdw])");

  private TimeExpressions() {}

  /** The instant {@code typed} names, relative ages counted back from {@code now}. */
  public static Optional<Instant> parse(String typed, Instant now) {
    String text = typed.strip().toLowerCase(Locale.ROOT);
    Matcher age = AGE.matcher(text);
    if (age.matches()) {
      long amount = Long.parseLong(age.group(1));
      Duration unit =
          switch (age.group(2)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
          };
      return Optional.of(now.minus(unit.multipliedBy(amount)));
    }
    String iso = typed.strip();
    try {
      return Optional.of(OffsetDateTime.parse(iso).toInstant());
    } catch (DateTimeParseException notDateTime) {
      try {
        return Optional.of(LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
