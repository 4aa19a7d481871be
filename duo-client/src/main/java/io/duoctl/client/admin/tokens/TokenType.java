package io.duoctl.client.admin.tokens;

/** Hardware token types, as Duo names them. */
public enum TokenType {
  /** HOTP, 6 digits. */
  H6("h6"),
  /** HOTP, 8 digits. */
  H8("h8"),
  /** TOTP, 6 digits. */
  T6("t6"),
  /** TOTP, 8 digits. */
  T8("t8"),
  /** YubiKey AES. */
  YK("yk"),
  /** Duo-D100 (cannot be imported through the API). */
  D1("d1");

  private final String wireValue;

  TokenType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value Duo expects in the {@code type} parameter. */
  public String wireValue() {
    return wireValue;
  }

  boolean isHotp() {
    return this == H6 || this == H8;
  }

  boolean isTotp() {
    return this == T6 || this == T8;
  }
}
