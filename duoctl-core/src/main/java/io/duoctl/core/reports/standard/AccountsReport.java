package io.duoctl.core.reports.standard;

import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.info.Summary;
import io.duoctl.core.actions.Field;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.settings.DuoApi;
import java.util.List;

/**
 * Accounts: per organization its edition, telephony credits (flagged below a threshold), and its
 * user, administrator and integration counts (admin-api §5.15 summary, §5.17 billing edition).
 */
final class AccountsReport {

  record Row(
      String edition,
      Long telephonyCredits,
      Boolean lowCredits,
      Long users,
      Long usersPendingDeletion,
      Long admins,
      Long integrations) {}

  private AccountsReport() {}

  static ReportDefinition<Row> definition() {
    return ReportDefinition.of(
        "accounts",
        "Accounts",
        "Per organization: edition, telephony credits left (low below a threshold), and counts of"
            + " users, administrators and integrations.",
        List.of(
            Field.integer("low_credits", "Telephony credits below which an account is low")
                .min(0)
                .defaultsTo(500)),
        List.of(
            Column.text(
                "edition",
                "The Duo edition; empty for an organization reached with its own keys, whose"
                    + " edition only the parent's Accounts API can read",
                Row::edition),
            Column.integer("telephony_credits", "Telephony credits left", Row::telephonyCredits),
            Column.bool(
                "low_credits", "Whether the credits left are below the threshold", Row::lowCredits),
            Column.integer("users", "Users, pending deletion excluded", Row::users),
            Column.integer(
                "users_pending_deletion", "Users pending deletion", Row::usersPendingDeletion),
            Column.integer("admins", "Administrators", Row::admins),
            Column.integer("integrations", "Integrations (applications)", Row::integrations)),
        (context, input, rows) -> {
          long threshold = input.number("low_credits").orElseThrow();
          AdminApi admin = context.admin();
          Summary summary = admin.info().summary();
          boolean child = context.organization().target(DuoApi.ADMIN).accountId().isPresent();
          String edition = child ? admin.billing().edition() : null;
          Long credits = summary.telephonyCreditsRemaining();
          rows.accept(
              new Row(
                  edition,
                  credits,
                  credits == null ? null : credits < threshold,
                  summary.userCount(),
                  summary.userPendingDeletionCount(),
                  summary.adminCount(),
                  summary.integrationCount()));
        });
  }
}
