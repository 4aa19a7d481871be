package io.duoctl.emulator.admin;

import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.DuoError;
import java.time.Duration;
import java.time.Instant;

/**
 * The time window of a log query, checked as Duo checks it (admin-api.md §5.14, §7.8): {@code
 * mintime} and {@code maxtime} are required (v2 logs and Trust Monitor, milliseconds), {@code
 * mintime} lies within the past 180 days and before {@code maxtime}, and events younger than two
 * minutes are never returned.
 *
 * @param from the earliest instant asked for (inclusive)
 * @param to the latest instant asked for (inclusive), before the two-minute delay
 * @param visibleUntil the latest instant an event may have to be returned: {@code to}, or two
 *     minutes before now if that is earlier
 */
public record LogWindow(Instant from, Instant to, Instant visibleUntil) {

  /** How far back logs reach. */
  public static final Duration RETENTION = Duration.ofDays(180);

  /** How old an event must be before a log query returns it. */
  public static final Duration DELAY = Duration.ofMinutes(2);

  /** The last second a v1 log window may name (9999-12-31T23:59:59Z). */
  private static final long LATEST_SECOND = 253_402_300_799L;

  /**
   * The window of a v2 log or Trust Monitor query, times in milliseconds.
   *
   * @throws DuoError 400 40002 naming {@code mintime} or {@code maxtime} when missing or not a
   *     number; with "mintime must be within the past 180 days" when too old; when {@code mintime}
   *     is not before {@code maxtime}
   */
  public static LogWindow millis(ApiCall call) {
    return millis(call, DELAY);
  }

  /**
   * As {@link #millis(ApiCall)}, showing events once they are {@code delay} old (the emulator's
   * {@code logDelay}; Duo's is always two minutes).
   */
  public static LogWindow millis(ApiCall call, Duration delay) {
    long min = required(call, "mintime");
    long max = required(call, "maxtime");
    return of(call.now(), Instant.ofEpochMilli(min), Instant.ofEpochMilli(max), delay);
  }

  /**
   * The window of a v1 log ({@code /admin/v1/logs/*}): {@code mintime} in Unix seconds, optional
   * (default 0, raised to 180 days ago), up to the events {@code delay} old.
   *
   * @throws DuoError 400 40002 {@code mintime} when it is not a whole number of seconds
   */
  public static LogWindow v1(ApiCall call, Duration delay) {
    Instant now = call.now();
    Instant oldest = now.minus(RETENTION);
    Instant from = Instant.ofEpochSecond(ParamValues.integer(call, "mintime", 0, LATEST_SECOND, 0));
    Instant visible = now.minus(delay);
    return new LogWindow(from.isBefore(oldest) ? oldest : from, visible, visible);
  }

  /**
   * The window of a v1 report ({@code /admin/v1/info/*}), times in seconds, each optional: {@code
   * mintime} defaults to {@code defaultSpan} before now, {@code maxtime} to now.
   */
  public static LogWindow seconds(ApiCall call, Duration defaultSpan) {
    Instant now = call.now();
    Instant min =
        Instant.ofEpochSecond(
            ParamValues.integer(
                call, "mintime", 0, LATEST_SECOND, now.minus(defaultSpan).getEpochSecond()));
    long maxSecond = ParamValues.integer(call, "maxtime", 0, LATEST_SECOND, now.getEpochSecond());
    // maxtime names a whole second: events later within that second are inside the window
    Instant max = Instant.ofEpochSecond(maxSecond + 1).minusNanos(1);
    return of(now, min, max, DELAY);
  }

  private static LogWindow of(Instant now, Instant min, Instant max, Duration delay) {
    if (min.isBefore(now.minus(RETENTION).minusSeconds(60))) {
      throw new DuoError(
          400, 40002, "Invalid request parameters", "mintime must be within the past 180 days");
    }
    if (!min.isBefore(max)) {
      throw new DuoError(
          400, 40002, "Invalid request parameters", "mintime must be earlier than maxtime");
    }
    Instant delayed = now.minus(delay);
    return new LogWindow(min, max, max.isBefore(delayed) ? max : delayed);
  }

  private static long required(ApiCall call, String name) {
    return ParamValues.integer(call, name, 0, Long.MAX_VALUE)
        .orElseThrow(() -> DuoError.invalidParameter(name));
  }

  /** Whether an event at {@code time} is inside the window and old enough to be shown. */
  public boolean shows(Instant time) {
    return !time.isBefore(from) && !time.isAfter(visibleUntil);
  }
}
