package io.duoctl.client.auth;

/** How Duo should authenticate the user in {@code /auth/v2/auth}. */
public enum AuthFactor {
  /** The device's best factor: push if available, else a call. */
  AUTO("auto"),
  /** A Duo Mobile push. */
  PUSH("push"),
  /** A passcode the user already has (Duo Mobile, SMS, token, bypass code). */
  PASSCODE("passcode"),
  /** Text new SMS passcodes; the authentication itself is then denied. */
  SMS("sms"),
  /** A phone call. */
  PHONE("phone");

  private final String wireValue;

  AuthFactor(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value Duo expects in the {@code factor} parameter. */
  public String wireValue() {
    return wireValue;
  }
}
