package io.duoctl.core.reports.snapshots;

import java.util.Map;

/**
 * An organization's account on one day (the {@code accounts} report's figures): its edition,
 * telephony credits left, and counts of users (pending deletion excluded), administrators and
 * integrations. Each may be null when Duo did not say (the edition of an organization reached with
 * its own keys); in a sum over organizations the edition is null and a null count counts nothing.
 */
public record AccountFigures(
    String edition, Long telephonyCredits, Long users, Long admins, Long integrations) {

  static final AccountFigures NONE = new AccountFigures(null, null, null, null, null);

  /** These figures plus {@code other}'s, without an edition. */
  public AccountFigures plus(AccountFigures other) {
    return new AccountFigures(
        null,
        sum(telephonyCredits, other.telephonyCredits),
        sum(users, other.users),
        sum(admins, other.admins),
        sum(integrations, other.integrations));
  }

  private static Long sum(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(a + b);
  }

  /** The figures of one {@code accounts} row, by column name. */
  static AccountFigures fromColumns(Map<String, Object> row) {
    return new AccountFigures(
        (String) row.get("edition"),
        (Long) row.get("telephony_credits"),
        (Long) row.get("users"),
        (Long) row.get("admins"),
        (Long) row.get("integrations"));
  }
}
