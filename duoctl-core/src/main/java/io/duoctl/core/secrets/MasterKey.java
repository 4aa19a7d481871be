package io.duoctl.core.secrets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit AES key that encrypts every stored secret, with a short public id derived from it so
 * a ciphertext names the key it needs. Immutable; {@link #toString()} shows only the id.
 */
public final class MasterKey {
  /** Length of a master key in bytes. */
  public static final int LENGTH_BYTES = 32;

  private final byte[] bytes;
  private final String id;

  private MasterKey(byte[] bytes) {
    this.bytes = bytes.clone();
    this.id = idOf(bytes);
  }

  /** A fresh random key from a strong source. */
  public static MasterKey generate(SecureRandom random) {
    byte[] bytes = new byte[LENGTH_BYTES];
    random.nextBytes(bytes);
    return new MasterKey(bytes);
  }

  /**
   * Decodes a base64 key (standard alphabet, surrounding whitespace ignored).
   *
   * @param source where the value came from, named in the error (e.g. {@code DUOCTL_MASTER_KEY})
   * @throws InvalidMasterKeyException if the text is not base64 of exactly 32 bytes
   */
  public static MasterKey fromBase64(String base64, String source) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidMasterKeyException(
          source
              + " is not valid base64; set it to the base64 of 32 random bytes"
              + " (e.g. `openssl rand -base64 32`)");
    }
    if (decoded.length != LENGTH_BYTES) {
      throw new InvalidMasterKeyException(
          source
              + " decodes to "
              + decoded.length
              + " bytes but must be 32; set it to the base64 of 32 random bytes"
              + " (e.g. `openssl rand -base64 32`)");
    }
    return new MasterKey(decoded);
  }

  /** The key as base64, for writing to a key file or showing once to an operator. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** A public 8-hex-digit id (a SHA-256 prefix); safe to store and log. */
  public String id() {
    return id;
  }

  SecretKey asAesKey() {
    return new SecretKeySpec(bytes, "AES");
  }

  private static String idOf(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(Arrays.copyOf(digest, 4));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MasterKey other && MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "MasterKey[id=" + id + "]";
  }
}
