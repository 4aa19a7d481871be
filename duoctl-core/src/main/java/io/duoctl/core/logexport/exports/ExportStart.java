package io.duoctl.core.logexport.exports;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an export (or a query) starts: {@code now}, an ISO-8601 instant, or a time back from now
 * such as {@code -30d}, {@code -12h}, {@code -90m}; within Duo's 180 days of log history.
 */
public final class ExportStart {

  /** How far back Duo keeps logs. */
  public static final Duration WINDOW = Duration.ofDays(180);

  private static final Pattern AGO = Pattern.compile("-(\\d{1,6})([dhms])");

  private ExportStart() {}

  /**
   * The moment {@code text} names at {@code now}, or the reason it is not one (a message naming the
   * fix).
   */
  public static Instant parse(String text, Instant now) {
    return tryParse(text, now).orElseThrow(() -> new IllegalArgumentException(problem(text, now)));
  }

  /** {@link #parse}, empty when {@code text} is not valid ({@link #problem} says why). */
  public static Optional<Instant> tryParse(String text, Instant now) {
    Instant at = moment(text, now);
    if (at == null || at.isAfter(now) || at.isBefore(now.minus(WINDOW))) {
      return Optional.empty();
    }
    return Optional.of(at);
  }

  /** Why {@code text} is not a valid start at {@code now}. */
  public static String problem(String text, Instant now) {
    Instant at = moment(text, now);
    if (at == null) {
      return "must be now, an ISO-8601 instant (2026-03-01T00:00:00Z) or a time back such as -30d,"
          + " -12h, -90m; was "
          + text;
    }
    if (at.isAfter(now)) {
      return "must not be in the future, was " + at;
    }
    return "must be within Duo's 180 days of log history (after "
        + now.minus(WINDOW)
        + "), was "
        + at;
  }

  private static Instant moment(String text, Instant now) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.equalsIgnoreCase("now")) {
      return now;
    }
    Matcher ago = AGO.matcher(trimmed);
    if (ago.matches()) {
      long amount = Long.parseLong(ago.group(1));
      return switch (ago.group(2)) {
        case "d" -> now.minus(Duration.ofDays(amount));
        case "h" -> now.minus(Duration.ofHours(amount));
        case "m" -> now.minus(Duration.ofMinutes(amount));
        default -> now.minus(Duration.ofSeconds(amount));
      };
    }
    try {
      return Instant.parse(trimmed);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
