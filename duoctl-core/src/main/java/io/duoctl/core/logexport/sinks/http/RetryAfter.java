package io.duoctl.core.logexport.sinks.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. */
final class RetryAfter {
  private static final long MAX_SECONDS = 86_400;

  private RetryAfter() {}

  /** The wait asked for, from {@code now} for a date, never negative; empty if unreadable. */
  static Optional<Duration> parse(String value, Instant now) {
    String text = value.trim();
    if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
      return Optional.of(
          Duration.ofSeconds(
              text.length() > 6 ? MAX_SECONDS : Math.min(MAX_SECONDS, Long.parseLong(text))));
    }
    try {
      Duration wait =
          Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
