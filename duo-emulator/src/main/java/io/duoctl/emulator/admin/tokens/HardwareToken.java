package io.duoctl.emulator.admin.tokens;

import java.util.Objects;

/**
 * A hardware OTP token (admin-api.md §6.3) without its users, which {@link HardwareTokens} keeps.
 * Immutable. {@link #toString()} never shows the secret, private ID or AES key.
 *
 * @param totpStep seconds per TOTP code; null except for TOTP tokens
 * @param secret the HOTP/TOTP secret as hex, or null
 * @param counter the next expected HOTP counter
 * @param privateId YubiKey private ID (12 hex), or null
 * @param aesKey YubiKey AES key (32 hex), or null
 */
public record HardwareToken(
    String tokenId,
    TokenType type,
    String serial,
    Integer totpStep,
    String secret,
    long counter,
    String privateId,
    String aesKey) {

  public HardwareToken {
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(serial, "serial");
  }

  /** A new token; the ID is assigned on creation. */
  public static HardwareToken of(TokenType type, String serial, String secret) {
    return new HardwareToken("", type, serial, type.isTotp() ? 30 : null, secret, 0, null, null);
  }

  public HardwareToken withId(String id) {
    return new HardwareToken(id, type, serial, totpStep, secret, counter, privateId, aesKey);
  }

  public HardwareToken withCounter(long v) {
    return new HardwareToken(tokenId, type, serial, totpStep, secret, v, privateId, aesKey);
  }

  public HardwareToken withTotpStep(Integer v) {
    return new HardwareToken(tokenId, type, serial, v, secret, counter, privateId, aesKey);
  }

  /** This YubiKey with its private ID and AES key. */
  public HardwareToken withYubiKey(String newPrivateId, String newAesKey) {
    return new HardwareToken(
        tokenId, type, serial, totpStep, secret, counter, newPrivateId, newAesKey);
  }

  @Override
  public String toString() {
    return "HardwareToken[" + tokenId + " " + type.wire() + " " + serial + "]";
  }
}
