package io.duoctl.core.reports.snapshots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When the daily snapshot is taken and how long snapshots are kept.
 *
 * @param time the time of day it is taken, in {@code zone}
 * @param zone the zone whose calendar days the snapshots are of
 * @param retentionDays how many days back snapshots are kept (1 to 3660); older ones are deleted by
 *     the daily snapshot
 */
public record SnapshotSettings(LocalTime time, ZoneId zone, int retentionDays) {

  /** The default retention: more than a year, so that billing has every month of one. */
  public static final int DEFAULT_RETENTION_DAYS = 400;

  /** The longest retention. */
  public static final int MAX_RETENTION_DAYS = 3660;

  public SnapshotSettings {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    if (retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
      throw new IllegalArgumentException(
          "retentionDays must be from 1 to " + MAX_RETENTION_DAYS + ", was " + retentionDays);
    }
  }

  /** At 02:00 UTC, kept {@value #DEFAULT_RETENTION_DAYS} days. */
  public static SnapshotSettings defaults() {
    return new SnapshotSettings(LocalTime.of(2, 0), ZoneOffset.UTC, DEFAULT_RETENTION_DAYS);
  }

  /** The calendar day {@code instant} falls on in the snapshot zone. */
  public LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /** The oldest day kept when today is {@code today}. */
  LocalDate oldestKept(LocalDate today) {
    return today.minusDays(retentionDays - 1L);
  }
}
