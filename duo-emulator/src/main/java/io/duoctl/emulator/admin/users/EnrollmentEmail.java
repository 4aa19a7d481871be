package io.duoctl.emulator.admin.users;

import java.time.Instant;

/**
 * An enrollment email the emulator "sent" (POST /admin/v1/users/enroll). {@link #toString()} hides
 * the enrollment code.
 *
 * @param expires null when the link never expires
 */
public record EnrollmentEmail(
    String userId, String email, String code, Instant sentAt, Instant expires) {

  /** The enrollment link in the email. */
  public String link(String apiHostname) {
    return "https://" + apiHostname + "/portal/enroll/" + code;
  }

  @Override
  public String toString() {
    return "EnrollmentEmail[" + userId + " to " + email + " at " + sentAt + "]";
  }
}
