package io.duoctl.client.signing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * RFC 2822 dates as Duo signs them, fixed to English names and UTC whatever the JVM's default
 * locale and time zone.
 */
public final class DuoDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss '-0000'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private DuoDates() {}

  /**
   * Formats an instant the way Duo's Python client does: {@code Fri, 07 Dec 2012 17:18:00 -0000}.
   */
  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /**
   * Parses an RFC 2822 date with any numeric offset ({@code -0000}, {@code +0100}) or {@code GMT}.
   *
   * @return empty if the text is not such a date
   */
  public static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.trim())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
