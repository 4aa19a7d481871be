package io.duoctl.core.reports.snapshots;

/**
 * An organization's billable users on one day. Duo's Accounts API gives no billable count per child
 * account (admin-api §5.17 has only the edition and telephony credits), so duoctl counts them from
 * the users: every user except those pending deletion (in the trash). Disabled, locked-out and
 * bypass users count, as Duo counts every user that exists in the account toward its license.
 */
public record BillingFigures(long billableUsers) {

  /** The billable users of an organization with these coverage figures. */
  public static BillingFigures of(CoverageFigures coverage) {
    return new BillingFigures(coverage.users() - coverage.pendingDeletion());
  }

  /** These figures plus {@code other}'s. */
  public BillingFigures plus(BillingFigures other) {
    return new BillingFigures(billableUsers + other.billableUsers);
  }
}
