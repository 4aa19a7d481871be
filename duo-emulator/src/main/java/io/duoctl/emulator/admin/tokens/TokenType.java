package io.duoctl.emulator.admin.tokens;

import io.duoctl.emulator.http.DuoError;
import java.util.Locale;

/** Hardware token types (admin-api.md §5.5, §6.3). */
public enum TokenType {
  /** HOTP, 6 digits. */
  H6(6, true),
  /** HOTP, 8 digits. */
  H8(8, true),
  /** TOTP, 6 digits. */
  T6(6, false),
  /** TOTP, 8 digits. */
  T8(8, false),
  /** YubiKey OTP. */
  YK(0, false),
  /** Duo-D100; exists only when Duo provisions it, never created through the API. */
  D1(6, true);

  private final int digits;
  private final boolean hotp;

  TokenType(int digits, boolean hotp) {
    this.digits = digits;
    this.hotp = hotp;
  }

  /** The value Duo reads and writes, e.g. {@code h6}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** OTP length; 0 for YubiKeys. */
  public int digits() {
    return digits;
  }

  /** Whether codes come from a counter (HOTP and D-100). */
  public boolean isHotp() {
    return hotp;
  }

  /** Whether codes come from the time. */
  public boolean isTotp() {
    return this == T6 || this == T8;
  }

  /**
   * Parses a request value in any case.
   *
   * @throws DuoError 400 40002 {@code type} for an unknown type
   */
  public static TokenType parse(String value) {
    for (TokenType type : values()) {
      if (type.wire().equalsIgnoreCase(value.trim())) {
        return type;
      }
    }
    throw DuoError.invalidParameter("type");
  }
}
