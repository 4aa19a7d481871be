package io.duoctl.core.reports.snapshots;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One organization's figures on one day, as stored: each figure set is null when it could not be
 * read that day (coverage and billing come from the users, accounts from the account summary).
 *
 * @param organization the organization's name when the snapshot was taken
 * @param day the calendar day in the snapshot time zone
 * @param takenAt when the latest snapshot of that day was taken
 */
public record Snapshot(
    String organizationId,
    String organization,
    LocalDate day,
    Instant takenAt,
    CoverageFigures coverage,
    AccountFigures accounts,
    BillingFigures billing) {

  public Snapshot {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(takenAt, "takenAt");
    if (coverage == null && accounts == null && billing == null) {
      throw new IllegalArgumentException("a snapshot has at least one figure set");
    }
  }

  /** A snapshot of the coverage and accounts read, with the billing figures of the coverage. */
  public static Snapshot of(
      String organizationId,
      String organization,
      LocalDate day,
      Instant takenAt,
      CoverageFigures coverage,
      AccountFigures accounts) {
    return new Snapshot(
        organizationId,
        organization,
        day,
        takenAt,
        coverage,
        accounts,
        coverage == null ? null : BillingFigures.of(coverage));
  }
}
