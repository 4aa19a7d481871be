package io.duoctl.client.admin.users;

/**
 * The enrollment code Duo generated and emailed for an enrollment. It is a secret, so {@link
 * #toString()} never shows it.
 *
 * @param value the code as Duo returned it; empty if Duo returned none
 */
public record EnrollmentCode(String value) {

  public EnrollmentCode {
    value = value == null ? "" : value;
  }

  @Override
  public String toString() {
    return "EnrollmentCode[***]";
  }
}
