package io.duoctl.core.reports.snapshots;

import io.duoctl.core.actions.Field;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Billing: per organization, its billable users in a month from the daily snapshots — the month's
 * highest count (what a per-user invoice charges: every user the customer had at once at its peak),
 * the count on the last day covered, and how many of the month's days have a snapshot, so that a
 * month with missing days says so. Reads the database only, never Duo.
 */
public final class BillingReport {

  /** One organization's month. */
  record Row(
      String month,
      Long billableUsers,
      Long lastBillableUsers,
      LocalDate lastDay,
      long daysCovered,
      long daysInMonth) {

    boolean complete() {
      return daysCovered == daysInMonth;
    }
  }

  private BillingReport() {}

  /**
   * The report over {@code store}'s snapshots; the default month is read in {@code settings}' zone.
   */
  public static ReportDefinition<Row> definition(SnapshotStore store, SnapshotSettings settings) {
    return ReportDefinition.of(
        "billing",
        "Billing",
        "Per organization: billable users in a month (every user except those pending deletion),"
            + " from the daily snapshots: the month's highest count, the count on the last day"
            + " with a snapshot, and the days covered.",
        List.of(
            Field.string("month", "The month, e.g. 2026-11; default: the last full month")
                .pattern("[0-9]{4}-(0[1-9]|1[0-2])")),
        List.of(
            Column.text("month", "The month", Row::month),
            Column.integer(
                "billable_users",
                "The highest billable count of the month's snapshots; empty without any",
                Row::billableUsers),
            Column.integer(
                "last_billable_users",
                "The billable count on the last day with a snapshot",
                Row::lastBillableUsers),
            Column.text(
                "last_day",
                "The last day with a snapshot",
                row -> row.lastDay() == null ? null : row.lastDay().toString()),
            Column.integer("days_covered", "Days of the month with a snapshot", Row::daysCovered),
            Column.integer("days_in_month", "Days in the month", Row::daysInMonth),
            Column.bool(
                "complete", "Whether every day of the month has a snapshot", Row::complete)),
        (context, input, rows) -> {
          YearMonth month =
              input
                  .text("month")
                  .map(YearMonth::parse)
                  .orElseGet(() -> YearMonth.from(settings.dayOf(context.now())).minusMonths(1));
          rows.accept(
              row(
                  month,
                  store.between(
                      month.atDay(1), month.atEndOfMonth(), context.organization().id())));
        });
  }

  private static Row row(YearMonth month, List<Snapshot> snapshots) {
    Long highest = null;
    Long last = null;
    LocalDate lastDay = null;
    long covered = 0;
    for (Snapshot snapshot : snapshots) {
      if (snapshot.billing() == null) {
        continue;
      }
      long billable = snapshot.billing().billableUsers();
      highest = highest == null ? billable : Math.max(highest, billable);
      last = billable;
      lastDay = snapshot.day();
      covered++;
    }
    return new Row(month.toString(), highest, last, lastDay, covered, month.lengthOfMonth());
  }
}
