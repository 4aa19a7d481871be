package io.duoctl.emulator.admin.admins;

/** An administrator's status with Duo's display casing (admin-api.md §6.9). */
public enum AdminStatus {
  ACTIVE("Active"),
  DISABLED("Disabled"),
  EXPIRED("Expired"),
  PENDING_ACTIVATION("Pending Activation");

  private final String duoName;

  AdminStatus(String duoName) {
    this.duoName = duoName;
  }

  /** The status as Duo writes it, e.g. {@code Pending Activation}. */
  public String duoName() {
    return duoName;
  }
}
