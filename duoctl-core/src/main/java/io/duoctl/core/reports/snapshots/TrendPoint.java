package io.duoctl.core.reports.snapshots;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The figures of one day: one organization's, or the sum over the organizations that had a snapshot
 * that day.
 *
 * @param organizations how many organizations the figures are of
 * @param coverage null when no organization's coverage was read that day
 * @param accounts null when no organization's account was read that day
 * @param billing null when no organization's users were read that day
 */
public record TrendPoint(
    LocalDate day,
    int organizations,
    CoverageFigures coverage,
    AccountFigures accounts,
    BillingFigures billing) {

  public TrendPoint {
    Objects.requireNonNull(day, "day");
  }

  static TrendPoint of(Snapshot snapshot) {
    return new TrendPoint(
        snapshot.day(), 1, snapshot.coverage(), snapshot.accounts(), snapshot.billing());
  }

  /** This day's figures plus {@code other}'s (of the same day). */
  TrendPoint plus(TrendPoint other) {
    return new TrendPoint(
        day,
        organizations + other.organizations,
        coverage == null
            ? other.coverage
            : other.coverage == null ? coverage : coverage.plus(other.coverage),
        accounts == null
            ? other.accounts
            : other.accounts == null ? accounts : accounts.plus(other.accounts),
        billing == null
            ? other.billing
            : other.billing == null ? billing : billing.plus(other.billing));
  }
}
