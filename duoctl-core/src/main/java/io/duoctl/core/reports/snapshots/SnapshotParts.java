package io.duoctl.core.reports.snapshots;

import java.time.Instant;
import java.time.LocalDate;

/** The figure-set rows of one organization and day, read one at a time into a snapshot. */
final class SnapshotParts {
  private final String organizationId;
  private final LocalDate day;
  private String organization;
  private Instant takenAt;
  private CoverageFigures coverage;
  private AccountFigures accounts;
  private BillingFigures billing;

  SnapshotParts(String organizationId, LocalDate day) {
    this.organizationId = organizationId;
    this.day = day;
  }

  boolean isOf(String organizationId, LocalDate day) {
    return this.organizationId.equals(organizationId) && this.day.equals(day);
  }

  /** One row; the name and time of the latest taken row win. */
  void add(String name, Instant taken, FigureSet set, String json) {
    if (takenAt == null || taken.isAfter(takenAt)) {
      takenAt = taken;
      organization = name;
    }
    switch (set) {
      case COVERAGE -> coverage = (CoverageFigures) set.read(json);
      case ACCOUNTS -> accounts = (AccountFigures) set.read(json);
      case BILLING -> billing = (BillingFigures) set.read(json);
    }
  }

  Snapshot snapshot() {
    return new Snapshot(organizationId, organization, day, takenAt, coverage, accounts, billing);
  }
}
