package io.duoctl.core.secrets;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A secret value (secret key, directory key, password) that never shows itself by accident.
 *
 * <p>{@link #toString()} and Jackson serialization yield only the {@linkplain #masked() mask}; the
 * plain value is reachable only through {@link #reveal()}, which callers use at the last moment
 * (signing a request, encrypting for storage). Immutable and thread-safe.
 */
public final class Secret {
  private static final String BULLETS = "••••";
  private static final int SHOWN_TAIL = 4;
  private static final int MIN_LENGTH_TO_SHOW_TAIL = 12;

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a plain value.
   *
   * @throws IllegalArgumentException if {@code value} is null, empty, or a mask such as {@code
   *     ••••k3Tq} (so a masked value read back from output is never stored as the secret)
   */
  public static Secret of(String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("secret value must not be empty");
    }
    if (value.startsWith(BULLETS)) {
      throw new IllegalArgumentException(
          "secret value is a mask ("
              + BULLETS
              + "…) shown for a stored secret; enter the real value");
    }
    return new Secret(value);
  }

  /** The plain value. Never log, print or store it unencrypted. */
  public String reveal() {
    return value;
  }

  /** The number of characters of the plain value. */
  public int length() {
    return value.length();
  }

  /**
   * The value as a user may see it after it was saved: {@code ••••k3Tq}, showing the last four
   * characters only for values of twelve characters or more, and {@code ••••} otherwise.
   */
  @JsonValue
  public String masked() {
    return mask(value);
  }

  /** Masks any plain text the same way {@link #masked()} does; {@code null} masks to "". */
  public static String mask(String plain) {
    if (plain == null) {
      return "";
    }
    if (plain.length() < MIN_LENGTH_TO_SHOW_TAIL) {
      return BULLETS;
    }
    return BULLETS + plain.substring(plain.length() - SHOWN_TAIL);
  }

  /** Constant-time comparison of the plain values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(value.length());
  }

  @Override
  public String toString() {
    return masked();
  }
}
