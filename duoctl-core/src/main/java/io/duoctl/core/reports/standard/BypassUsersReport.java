package io.duoctl.core.reports.standard;

import io.duoctl.client.admin.users.User;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import java.time.Instant;
import java.util.List;

/** Users in bypass: everyone who logs in without a second factor. */
final class BypassUsersReport {

  record Row(
      String userId,
      String username,
      String realname,
      String email,
      boolean enrolled,
      Instant lastLogin) {}

  private BypassUsersReport() {}

  static ReportDefinition<Row> definition() {
    return ReportDefinition.of(
        "users_in_bypass",
        "Users in bypass",
        "Every user whose status is bypass: they log in without a second factor.",
        List.of(),
        List.of(
            Column.text("user_id", "Duo's user_id", Row::userId),
            Column.text("username", "The username", Row::username),
            Column.text("realname", "The user's name", Row::realname),
            Column.text("email", "The user's email address", Row::email),
            Column.bool(
                "enrolled", "Whether the user has enrolled a factor (is_enrolled)", Row::enrolled),
            Column.instant("last_login", "The last login; empty when never", Row::lastLogin)),
        (context, input, rows) -> {
          for (User user : context.admin().users().list()) {
            if (Users.status(user).equals("bypass")) {
              rows.accept(
                  new Row(
                      user.userId(),
                      user.username(),
                      user.realname(),
                      user.email(),
                      Users.enrolled(user),
                      Users.lastLogin(user)));
            }
          }
        });
  }
}
