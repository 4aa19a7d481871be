package io.duoctl.core.reports.snapshots;

import java.util.Map;

/**
 * An organization's users by status and by enrollment on one day (the {@code mfa_coverage} report's
 * figures); summed over organizations for the overall trend.
 */
public record CoverageFigures(
    long users,
    long active,
    long bypass,
    long disabled,
    long lockedOut,
    long pendingDeletion,
    long enrolled) {

  static final CoverageFigures NONE = new CoverageFigures(0, 0, 0, 0, 0, 0, 0);

  /** Users without an enrolled factor. */
  public long notEnrolled() {
    return users - enrolled;
  }

  /** Enrolled of users in percent, one decimal; null without users. */
  public Double percentEnrolled() {
    return users == 0 ? null : Math.round(enrolled * 1000.0 / users) / 10.0;
  }

  /** These figures plus {@code other}'s. */
  public CoverageFigures plus(CoverageFigures other) {
    return new CoverageFigures(
        users + other.users,
        active + other.active,
        bypass + other.bypass,
        disabled + other.disabled,
        lockedOut + other.lockedOut,
        pendingDeletion + other.pendingDeletion,
        enrolled + other.enrolled);
  }

  /** The figures of one {@code mfa_coverage} row, by column name. */
  static CoverageFigures fromColumns(Map<String, Object> row) {
    return new CoverageFigures(
        count(row, "users"),
        count(row, "active"),
        count(row, "bypass"),
        count(row, "disabled"),
        count(row, "locked_out"),
        count(row, "pending_deletion"),
        count(row, "enrolled"));
  }

  private static long count(Map<String, Object> row, String column) {
    Object value = row.get(column);
    if (!(value instanceof Long number)) {
      throw new IllegalStateException("mfa_coverage has no count " + column + ": " + value);
    }
    return number;
  }
}
