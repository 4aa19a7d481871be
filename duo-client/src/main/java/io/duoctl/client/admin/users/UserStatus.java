package io.duoctl.client.admin.users;

/**
 * The statuses an administrator may give a user. {@code locked out} and {@code pending deletion}
 * are set by Duo only; setting {@link #ACTIVE} on a locked-out user unlocks it.
 */
public enum UserStatus {
  ACTIVE("active"),
  BYPASS("bypass"),
  DISABLED("disabled");

  private final String wireValue;

  UserStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value Duo expects in the {@code status} parameter. */
  public String wireValue() {
    return wireValue;
  }
}
