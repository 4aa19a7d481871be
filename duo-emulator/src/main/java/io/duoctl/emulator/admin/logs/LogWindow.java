package io.duoctl.emulator.admin.logs;

import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.DuoError;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The time rules of Duo's logs (admin-api.md §2.5, §7.8): events younger than two minutes are not
 * returned; v2 windows need {@code mintime < maxtime} in milliseconds within the past 180 days.
 *
 * @param from inclusive lower bound
 * @param to inclusive upper bound, never later than now minus the delay
 */
record LogWindow(Instant from, Instant to) {

  /** Data younger than this is not returned. */
  static final Duration DELAY = Duration.ofMinutes(2);

  /** The oldest data a log query may ask for. */
  static final Duration RETENTION = Duration.ofDays(180);

  /** Most entries a v1 log answer holds. */
  static final int V1_MAX = 1000;

  static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);
  static final DateTimeFormatter ISO_MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

  boolean contains(Instant at) {
    return !at.isBefore(from) && !at.isAfter(to);
  }

  /** A v1 window: {@code mintime} in Unix seconds (default 0, raised to 180 days ago). */
  static LogWindow v1(ApiCall call) {
    long mintime = ParamValues.integer(call, "mintime", 0, Long.MAX_VALUE / 1000, 0);
    Instant oldest = call.now().minus(RETENTION);
    Instant from = Instant.ofEpochSecond(mintime);
    return new LogWindow(from.isBefore(oldest) ? oldest : from, call.now().minus(DELAY));
  }

  /**
   * A v2 window: required {@code mintime} and {@code maxtime} in milliseconds.
   *
   * @throws DuoError 400 naming the parameter when missing, not a number, out of order, or older
   *     than 180 days
   */
  static LogWindow v2(ApiCall call) {
    long mintime = ParamValues.integer(call, "mintime", 0, Long.MAX_VALUE, -1);
    long maxtime = ParamValues.integer(call, "maxtime", 0, Long.MAX_VALUE, -1);
    if (mintime < 0) {
      throw DuoError.invalidParameter("mintime");
    }
    if (maxtime < 0 || maxtime <= mintime) {
      throw DuoError.invalidParameter("maxtime");
    }
    Instant from = Instant.ofEpochMilli(mintime);
    if (from.isBefore(call.now().minus(RETENTION).minusSeconds(60))) {
      throw new DuoError(400, 40002, "mintime must be within the past 180 days", "mintime");
    }
    Instant latest = call.now().minus(DELAY);
    Instant to = Instant.ofEpochMilli(maxtime);
    return new LogWindow(from, to.isAfter(latest) ? latest : to);
  }
}
