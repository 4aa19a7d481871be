package io.duoctl.client.admin.tokens;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A hardware token to import. HOTP and TOTP tokens need {@code secret}; YubiKeys need {@code
 * privateId} and {@code aesKey}; Duo-D100 tokens cannot be imported. {@link #toString()} never
 * shows the secrets.
 *
 * @param type the token type
 * @param serial the serial number (at most 128 characters)
 * @param secret the HOTP/TOTP secret, hex (secret)
 * @param counter the HOTP counter; null for Duo's default of 0
 * @param totpStep the TOTP step in seconds; null for Duo's default of 30
 * @param privateId the YubiKey private id, 12 hex digits (secret)
 * @param aesKey the YubiKey AES key, 32 hex digits (secret)
 */
public record NewHardwareToken(
    TokenType type,
    String serial,
    String secret,
    Long counter,
    Integer totpStep,
    String privateId,
    String aesKey) {

  public NewHardwareToken {
    Objects.requireNonNull(type, "type");
    if (type == TokenType.D1) {
      throw new IllegalArgumentException("type d1 (Duo-D100) tokens cannot be imported");
    }
    Require.text(serial, "serial");
    if (serial.length() > 128) {
      throw new IllegalArgumentException("serial must be at most 128 characters");
    }
    if ((type.isHotp() || type.isTotp()) && (secret == null || secret.isBlank())) {
      throw new IllegalArgumentException("secret is required for " + type.wireValue() + " tokens");
    }
    if (counter != null && !type.isHotp()) {
      throw new IllegalArgumentException("counter applies to HOTP tokens (h6, h8) only");
    }
    Require.range(counter, 0L, Long.MAX_VALUE, "counter");
    if (totpStep != null && !type.isTotp()) {
      throw new IllegalArgumentException("totpStep applies to TOTP tokens (t6, t8) only");
    }
    Require.range(totpStep, 1, 3600, "totpStep");
    if (type == TokenType.YK) {
      requireHex(privateId, 12, "privateId");
      requireHex(aesKey, 32, "aesKey");
    }
  }

  /** A HOTP or TOTP token with Duo's default counter and step. */
  public static NewHardwareToken otp(TokenType type, String serial, String secret) {
    return new NewHardwareToken(type, serial, secret, null, null, null, null);
  }

  /** A YubiKey in AES mode. */
  public static NewHardwareToken yubiKey(String serial, String privateId, String aesKey) {
    return new NewHardwareToken(TokenType.YK, serial, null, null, null, privateId, aesKey);
  }

  /** This with a HOTP counter. */
  public NewHardwareToken withCounter(long newCounter) {
    return new NewHardwareToken(type, serial, secret, newCounter, totpStep, privateId, aesKey);
  }

  /** This with a TOTP step. */
  public NewHardwareToken withTotpStep(int seconds) {
    return new NewHardwareToken(type, serial, secret, counter, seconds, privateId, aesKey);
  }

  Params toParams() {
    return Params.of("type", type.wireValue())
        .with("serial", serial)
        .withIfPresent("secret", secret)
        .withIfPresent("counter", counter)
        .withIfPresent("totp_step", totpStep)
        .withIfPresent("private_id", privateId)
        .withIfPresent("aes_key", aesKey);
  }

  private static void requireHex(String value, int length, String name) {
    if (value == null || value.length() != length || !isHex(value)) {
      throw new IllegalArgumentException(name + " must be " + length + " hex digits for yk tokens");
    }
  }

  private static boolean isHex(String value) {
    return value.chars().allMatch(HexFormat::isHexDigit);
  }

  @Override
  public String toString() {
    return "NewHardwareToken[type=" + type.wireValue() + ", serial=" + serial + ", secrets hidden]";
  }
}
