package io.duoctl.core.reports.snapshots;

import io.duoctl.core.errors.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a trends query covers, read from text: {@code to} defaults to today, {@code from} to 29
 * days before {@code to} (30 days); {@code from} must not be after {@code to}, and the range is at
 * most {@value SnapshotSettings#MAX_RETENTION_DAYS} days.
 */
record TrendRange(LocalDate from, LocalDate to) {

  static final int DEFAULT_DAYS = 30;

  /**
   * @param from an ISO date ({@code 2026-11-01}), or null
   * @param to an ISO date, or null
   * @throws InvalidSnapshotQueryException naming each bad field
   */
  static TrendRange parse(String from, String to, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate last = date(to, "to", errors);
    LocalDate end = last == null ? today : last;
    LocalDate first = date(from, "from", errors);
    LocalDate start = first == null ? end.minusDays(DEFAULT_DAYS - 1L) : first;
    if (errors.isEmpty() && start.isAfter(end)) {
      errors.add(new FieldError("from", "must not be after to (" + end + "), was " + start));
    }
    if (errors.isEmpty()
        && ChronoUnit.DAYS.between(start, end) >= SnapshotSettings.MAX_RETENTION_DAYS) {
      errors.add(
          new FieldError(
              "from",
              "the range may span at most "
                  + SnapshotSettings.MAX_RETENTION_DAYS
                  + " days; choose a later from"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSnapshotQueryException(errors);
    }
    return new TrendRange(start, end);
  }

  private static LocalDate date(String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date such as 2026-11-30, was " + text));
      return null;
    }
  }
}
