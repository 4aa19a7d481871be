package io.duoctl.client.admin.logs;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The millisecond of a log entry, read from Duo's ISO-8601 time (microseconds, {@code +00:00}). */
final class LogTimes {

  private LogTimes() {}

  static LogCursor position(String iso, Long epochSecond, String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalStateException("the log entry has no id");
    }
    if (iso != null) {
      try {
        return new LogCursor(OffsetDateTime.parse(iso).toInstant().toEpochMilli(), id);
      } catch (DateTimeParseException e) {
        throw new IllegalStateException("the log entry's time is not ISO-8601: " + iso, e);
      }
    }
    if (epochSecond != null) {
      return new LogCursor(epochSecond * 1000, id);
    }
    throw new IllegalStateException("the log entry has no time");
  }
}
