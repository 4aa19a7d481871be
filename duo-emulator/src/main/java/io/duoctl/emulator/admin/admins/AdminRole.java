package io.duoctl.emulator.admin.admins;

import io.duoctl.emulator.http.DuoError;

/** An administrator's role with Duo's display casing (admin-api.md §6.9). */
public enum AdminRole {
  OWNER("Owner"),
  ADMINISTRATOR("Administrator"),
  APPLICATION_MANAGER("Application Manager"),
  USER_MANAGER("User Manager"),
  HELP_DESK("Help Desk"),
  BILLING("Billing"),
  PHISHING_MANAGER("Phishing Manager"),
  READ_ONLY("Read-only");

  private final String duoName;

  AdminRole(String duoName) {
    this.duoName = duoName;
  }

  /** The role as Duo writes it, e.g. {@code Help Desk}. */
  public String duoName() {
    return duoName;
  }

  /**
   * The role with this Duo name. Duo's names are case-sensitive ({@code Help Desk}, not {@code help
   * desk}).
   *
   * @throws DuoError 400 40002 naming {@code role} for an unknown role
   */
  static AdminRole parse(String text) {
    for (AdminRole role : values()) {
      if (role.duoName.equals(text.strip())) {
        return role;
      }
    }
    throw DuoError.invalidParameter("role");
  }
}
