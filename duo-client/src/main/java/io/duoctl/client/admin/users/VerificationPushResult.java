package io.duoctl.client.admin.users;

import java.util.Locale;

/**
 * The outcome of a verification push so far.
 *
 * @param pushId the push id
 * @param result {@code approve}, {@code deny}, {@code fraud} or {@code waiting}
 */
public record VerificationPushResult(String pushId, String result) {

  /** Whether the user has not answered yet. */
  public boolean isWaiting() {
    return is("waiting");
  }

  /** Whether the user approved the push. */
  public boolean isApproved() {
    return is("approve");
  }

  private boolean is(String value) {
    return result != null && result.toLowerCase(Locale.ROOT).equals(value);
  }
}
