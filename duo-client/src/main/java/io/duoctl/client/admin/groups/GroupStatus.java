package io.duoctl.client.admin.groups;

/** The statuses an administrator may give a group; they override the members' own. */
public enum GroupStatus {
  ACTIVE("active"),
  BYPASS("bypass"),
  DISABLED("disabled");

  private final String wireValue;

  GroupStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value Duo expects in the {@code status} parameter. */
  public String wireValue() {
    return wireValue;
  }
}
