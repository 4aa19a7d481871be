package io.duoctl.client.admin.phones;

/** The phone types an administrator may set. */
public enum PhoneType {
  MOBILE("mobile"),
  LANDLINE("landline"),
  UNKNOWN("unknown");

  private final String wireValue;

  PhoneType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value Duo expects in the {@code type} parameter. */
  public String wireValue() {
    return wireValue;
  }
}
