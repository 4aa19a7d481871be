package io.duoctl.client.auth;

/**
 * The outcome of a synchronous authentication. {@link #toString()} never shows the trusted-device
 * token.
 *
 * @param result {@code allow} or {@code deny}
 * @param status e.g. {@code allow}, {@code deny}, {@code fraud}, {@code timeout}, {@code sent}
 * @param statusMsg the human-readable status, or null
 * @param trustedDeviceToken a remembered-device token after an allow (secret), or null
 */
public record AuthResult(
    String result, String status, String statusMsg, String trustedDeviceToken) {

  /** Whether Duo allowed the authentication. */
  public boolean isAllowed() {
    return "allow".equals(result);
  }

  @Override
  public String toString() {
    return "AuthResult[result="
        + result
        + ", status="
        + status
        + ", statusMsg="
        + statusMsg
        + (trustedDeviceToken == null ? "" : ", trustedDeviceToken=***")
        + "]";
  }
}
