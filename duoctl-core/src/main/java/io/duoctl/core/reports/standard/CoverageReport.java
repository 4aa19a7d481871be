package io.duoctl.core.reports.standard;

import io.duoctl.client.admin.users.User;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.reports.snapshots.CoverageFigures;
import java.util.List;

/**
 * MFA coverage: per organization, users by status and by enrollment, and the share enrolled (the
 * figures a daily snapshot keeps).
 */
final class CoverageReport {

  private CoverageReport() {}

  static ReportDefinition<CoverageFigures> definition() {
    return ReportDefinition.of(
        "mfa_coverage",
        "MFA coverage",
        "Per organization: users by status (active, bypass, disabled, locked out, pending"
            + " deletion) and by enrollment (is_enrolled), and the percent enrolled.",
        List.of(),
        List.of(
            Column.integer(
                "users", "Every user, pending deletion included", CoverageFigures::users),
            Column.integer("active", "Users with status active", CoverageFigures::active),
            Column.integer(
                "bypass",
                "Users in bypass: they log in without a second factor",
                CoverageFigures::bypass),
            Column.integer("disabled", "Users with status disabled", CoverageFigures::disabled),
            Column.integer("locked_out", "Users locked out", CoverageFigures::lockedOut),
            Column.integer(
                "pending_deletion", "Users pending deletion", CoverageFigures::pendingDeletion),
            Column.integer(
                "enrolled",
                "Users with an enrolled phone, token or WebAuthn key",
                CoverageFigures::enrolled),
            Column.integer("not_enrolled", "Users without any", CoverageFigures::notEnrolled),
            Column.percent(
                "percent_enrolled",
                "enrolled of users, in percent; empty without users",
                CoverageFigures::percentEnrolled)),
        (context, input, rows) -> {
          long[] counts = new long[7];
          for (User user : context.admin().users().list()) {
            counts[0]++;
            switch (Users.status(user)) {
              case "active" -> counts[1]++;
              case "bypass" -> counts[2]++;
              case "disabled" -> counts[3]++;
              case "locked out" -> counts[4]++;
              case "pending deletion" -> counts[5]++;
              default -> {
                // another status Duo may add counts among users only
              }
            }
            if (Users.enrolled(user)) {
              counts[6]++;
            }
          }
          rows.accept(
              new CoverageFigures(
                  counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]));
        });
  }
}
