package io.duoctl.app.api;

import java.time.Duration;
import java.util.Locale;

/**
 * The {@code Server-Timing} header of every API answer: {@code duo} is the time the request's Duo
 * calls spent in HTTP exchanges with Duo, {@code total} the time from the request reaching the API
 * to its answer being ready, both in milliseconds; {@code total} minus {@code duo} is duoctl's own.
 */
final class ServerTiming {
  static final String HEADER = "Server-Timing";

  private ServerTiming() {}

  static String of(Duration duo, Duration total) {
    return String.format(Locale.ROOT, "duo;dur=%.3f, total;dur=%.3f", millis(duo), millis(total));
  }

  private static double millis(Duration duration) {
    return duration.toNanos() / 1e6;
  }
}
