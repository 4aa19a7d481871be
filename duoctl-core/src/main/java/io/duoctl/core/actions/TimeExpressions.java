package io.duoctl.core.actions;

import io.duoctl.core.vocabulary.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Instants as users give them for log windows: ISO-8601 ({@code 2026-03-01T10:00:00Z}, with an
 * offset, or a date meaning its start in UTC), or an age before now ({@link Durations}): {@code
 * 90s}, {@code 15m}, {@code 24h}, {@code 7d}, {@code 2w}.
 */
public final class TimeExpressions {

  /** What callers show as the fix when {@link #parse} finds no time. */
  public static final String EXPECTED =
      "must be an ISO-8601 time like 2026-03-01T10:00:00Z, a date like 2026-03-01, or an age"
          + " before now like 90s, 15m, 24h, 7d or 2w";

  private TimeExpressions() {}

  /** The instant {@code typed} names, relative ages counted back from {@code now}. */
  public static Optional<Instant> parse(String typed, Instant now) {
    Optional<Duration> age = Durations.find(typed);
    if (age.isPresent()) {
      return Optional.of(now.minus(age.get()));
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
