package io.duoctl.core.reports.standard;

import io.duoctl.client.admin.users.User;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import java.util.List;

/** MFA coverage: per organization, users by status and by enrollment, and the share enrolled. */
final class CoverageReport {

  /** One organization's figures. */
  record Row(
      long users,
      long active,
      long bypass,
      long disabled,
      long lockedOut,
      long pendingDeletion,
      long enrolled,
      long notEnrolled,
      Double percentEnrolled) {}

  private CoverageReport() {}

  static ReportDefinition<Row> definition() {
    return ReportDefinition.of(
        "mfa_coverage",
        "MFA coverage",
        "Per organization: users by status (active, bypass, disabled, locked out, pending"
            + " deletion) and by enrollment (is_enrolled), and the percent enrolled.",
        List.of(),
        List.of(
            Column.integer("users", "Every user, pending deletion included", Row::users),
            Column.integer("active", "Users with status active", Row::active),
            Column.integer(
                "bypass", "Users in bypass: they log in without a second factor", Row::bypass),
            Column.integer("disabled", "Users with status disabled", Row::disabled),
            Column.integer("locked_out", "Users locked out", Row::lockedOut),
            Column.integer("pending_deletion", "Users pending deletion", Row::pendingDeletion),
            Column.integer(
                "enrolled", "Users with an enrolled phone, token or WebAuthn key", Row::enrolled),
            Column.integer("not_enrolled", "Users without any", Row::notEnrolled),
            Column.percent(
                "percent_enrolled",
                "enrolled of users, in percent; empty without users",
                Row::percentEnrolled)),
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
              new Row(
                  counts[0],
                  counts[1],
                  counts[2],
                  counts[3],
                  counts[4],
                  counts[5],
                  counts[6],
                  counts[0] - counts[6],
                  percent(counts[6], counts[0])));
        });
  }

  /** {@code part} of {@code whole} in percent with one decimal; null for nothing of nothing. */
  static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }
}
