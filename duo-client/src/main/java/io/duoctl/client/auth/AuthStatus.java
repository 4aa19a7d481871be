package io.duoctl.client.auth;

/**
 * Where an asynchronous authentication stands. {@link #toString()} never shows the trusted-device
 * token.
 *
 * @param result {@code waiting}, {@code allow} or {@code deny}
 * @param status e.g. {@code pushed}, {@code calling}, {@code allow}, {@code timeout}
 * @param statusMsg the human-readable status, or null
 * @param trustedDeviceToken a remembered-device token after an allow (secret), or null
 * @param authDelayed whether Duo delayed the authentication, or null
 */
public record AuthStatus(
    String result,
    String status,
    String statusMsg,
    String trustedDeviceToken,
    Boolean authDelayed) {

  /** Whether the user has not answered yet. */
  public boolean isWaiting() {
    return "waiting".equals(result);
  }

  /** Whether Duo allowed the authentication. */
  public boolean isAllowed() {
    return "allow".equals(result);
  }

  @Override
  public String toString() {
    return "AuthStatus[result="
        + result
        + ", status="
        + status
        + ", statusMsg="
        + statusMsg
        + (trustedDeviceToken == null ? "" : ", trustedDeviceToken=***")
        + "]";
  }
}
