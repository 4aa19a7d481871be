package io.duoctl.core.reports.standard;

import io.duoctl.client.admin.users.User;
import io.duoctl.core.actions.Field;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Inactive users: no login for more than N days, or never. */
final class InactiveUsersReport {

  record Row(
      String userId,
      String username,
      String realname,
      String email,
      String status,
      Instant lastLogin,
      Long daysSinceLogin) {}

  private InactiveUsersReport() {}

  static ReportDefinition<Row> definition() {
    return ReportDefinition.of(
        "inactive_users",
        "Inactive users",
        "Users whose last login is older than the given number of days, or who never logged in.",
        List.of(
            Field.integer("days", "Days without a login that make a user inactive")
                .min(1)
                .max(3650)
                .defaultsTo(90)),
        List.of(
            Column.text("user_id", "Duo's user_id", Row::userId),
            Column.text("username", "The username", Row::username),
            Column.text("realname", "The user's name", Row::realname),
            Column.text("email", "The user's email address", Row::email),
            Column.text("status", "The user's status in Duo", Row::status),
            Column.instant("last_login", "The last login; empty when never", Row::lastLogin),
            Column.integer(
                "days_since_login",
                "Whole days since the last login; empty when never",
                Row::daysSinceLogin)),
        (context, input, rows) -> {
          long days = input.number("days").orElseThrow();
          Instant cutoff = context.now().minus(Duration.ofDays(days));
          for (User user : context.admin().users().list()) {
            Instant last = Users.lastLogin(user);
            if (last == null || last.isBefore(cutoff)) {
              rows.accept(
                  new Row(
                      user.userId(),
                      user.username(),
                      user.realname(),
                      user.email(),
                      Users.status(user),
                      last,
                      last == null ? null : Duration.between(last, context.now()).toDays()));
            }
          }
        });
  }
}
