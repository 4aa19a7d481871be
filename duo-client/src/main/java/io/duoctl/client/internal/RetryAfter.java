package io.duoctl.client.internal;

import io.duoctl.client.signing.DuoDates;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP-date. */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * The wait the header asks for, measured from {@code now} for a date (never negative).
   *
   * @return empty if the value is neither form
   */
  static Optional<Duration> parse(String value, Instant now) {
    String text = value.trim();
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException tooLong) {
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
      }
    }
    return DuoDates.parse(text)
        .map(date -> Duration.between(now, date))
        .map(wait -> wait.isNegative() ? Duration.ZERO : wait);
  }
}
