package io.duoctl.app;

import io.duoctl.core.reports.snapshots.SnapshotSettings;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The daily report snapshot's settings from the environment: {@code DUOCTL_SNAPSHOT_TIME} (a time
 * of day, {@code 02:00}), {@code DUOCTL_SNAPSHOT_ZONE} (an IANA zone, default UTC) and {@code
 * DUOCTL_SNAPSHOT_RETENTION_DAYS} (default 400).
 */
final class SnapshotVariables {
  static final String TIME = "DUOCTL_SNAPSHOT_TIME";
  static final String ZONE = "DUOCTL_SNAPSHOT_ZONE";
  static final String RETENTION_DAYS = "DUOCTL_SNAPSHOT_RETENTION_DAYS";

  private SnapshotVariables() {}

  /**
   * @throws IllegalArgumentException naming the variable that is malformed
   */
  static SnapshotSettings read(Map<String, String> env) {
    SnapshotSettings defaults = SnapshotSettings.defaults();
    return new SnapshotSettings(
        time(value(env, TIME), defaults.time()),
        zone(value(env, ZONE), defaults.zone()),
        retention(value(env, RETENTION_DAYS), defaults.retentionDays()));
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static LocalTime time(String text, LocalTime otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          TIME + " must be a time of day such as 02:00, was " + text);
    }
  }

  private static ZoneId zone(String text, ZoneId otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          ZONE + " must be an IANA time zone such as Europe/Berlin, was " + text);
    }
  }

  private static int retention(String text, int otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      int days = Integer.parseInt(text);
      if (days >= 1 && days <= SnapshotSettings.MAX_RETENTION_DAYS) {
        return days;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException(
        RETENTION_DAYS
            + " must be a whole number of days from 1 to "
            + SnapshotSettings.MAX_RETENTION_DAYS
            + ", e.g. 400, was "
            + text);
  }
}
