package io.duoctl.core.reports.standard;

import io.duoctl.client.admin.administrators.Administrator;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import java.time.Instant;
import java.util.List;

/** Administrators: per organization, each admin with role, status and last login. */
final class AdministratorsReport {

  record Row(
      String adminId, String name, String email, String role, String status, Instant lastLogin) {}

  private AdministratorsReport() {}

  static ReportDefinition<Row> definition() {
    return ReportDefinition.of(
        "administrators",
        "Administrators",
        "Every administrator of each organization with role, status and last login.",
        List.of(),
        List.of(
            Column.text("admin_id", "Duo's admin_id", Row::adminId),
            Column.text("name", "The administrator's name", Row::name),
            Column.text("email", "The administrator's email address", Row::email),
            Column.text("role", "The role, e.g. Owner or Help Desk", Row::role),
            Column.text("status", "Active, Disabled, Pending Activation, ...", Row::status),
            Column.instant("last_login", "The last login; empty when never", Row::lastLogin)),
        (context, input, rows) -> {
          for (Administrator admin : context.admin().administrators().list()) {
            rows.accept(
                new Row(
                    admin.adminId(),
                    admin.name(),
                    admin.email(),
                    admin.role(),
                    admin.status(),
                    admin.lastLogin() == null ? null : Instant.ofEpochSecond(admin.lastLogin())));
          }
        });
  }
}
