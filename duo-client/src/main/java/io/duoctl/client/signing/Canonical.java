package io.duoctl.client.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The building blocks of Duo's canonical request, shared by the client (to sign) and the emulator
 * (to verify). Every function is pure and thread-safe.
 */
public final class Canonical {

  /**
   * SHA-512 of the empty string: the body hash of GET/DELETE and the header hash without headers.
   */
  public static final String EMPTY_SHA512 = sha512Hex(new byte[0]);

  private static final HexFormat HEX_UPPER = HexFormat.of().withUpperCase();
  private static final String X_DUO_PREFIX = "x-duo-";

  private Canonical() {}

  /**
   * Percent-encodes a key or value as Duo canonicalizes it: UTF-8 bytes, only {@code A-Z a-z 0-9 -
   * . _ ~} left as they are, upper-case hex, space as {@code %20}.
   */
  public static String percentEncode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX_UPPER.toHexDigits((byte) c));
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /**
   * The canonical parameter line: pairs sorted by encoded key, a repeated key's values sorted by
   * encoded value, duplicates kept, joined with {@code &}. Empty for no parameters.
   */
  public static String params(Map<String, ? extends List<String>> params) {
    TreeMap<String, List<String>> byEncodedKey = new TreeMap<>();
    params.forEach(
        (key, values) -> {
          List<String> encoded = new ArrayList<>(values.size());
          values.forEach(v -> encoded.add(percentEncode(v)));
          byEncodedKey.computeIfAbsent(percentEncode(key), k -> new ArrayList<>()).addAll(encoded);
        });
    StringBuilder line = new StringBuilder();
    byEncodedKey.forEach(
        (key, values) -> {
          values.sort(null);
          for (String value : values) {
            if (!line.isEmpty()) {
              line.append('&');
            }
            line.append(key).append('=').append(value);
          }
        });
    return line.toString();
  }

  /**
   * The hash of the {@code X-Duo-*} headers (v5 line 7): names lower-cased and sorted, then name,
   * value, name, value… joined with NUL and hashed with SHA-512.
   *
   * @throws IllegalArgumentException if a name does not start with {@code X-Duo-}, a name or value
   *     is empty or holds NUL, or two names differ only in case
   */
  public static String xDuoHeadersHash(Map<String, String> headers) {
    TreeMap<String, String> lowered = new TreeMap<>();
    headers.forEach(
        (name, value) -> {
          requireHeaderPart(name, "name");
          requireHeaderPart(value, "value of " + name);
          String lower = name.toLowerCase(Locale.ROOT);
          if (!lower.startsWith(X_DUO_PREFIX)) {
            throw new IllegalArgumentException(
                "header " + name + " is not an X-Duo- header; only X-Duo-* headers are signed");
          }
          if (lowered.put(lower, value) != null) {
            throw new IllegalArgumentException("header " + name + " is given twice");
          }
        });
    List<String> flat = new ArrayList<>(lowered.size() * 2);
    lowered.forEach(
        (name, value) -> {
          flat.add(name);
          flat.add(value);
        });
    return sha512Hex(String.join("\0", flat).getBytes(StandardCharsets.UTF_8));
  }

  private static void requireHeaderPart(String part, String what) {
    if (part == null || part.isEmpty() || part.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("header " + what + " must be non-empty and without NUL");
    }
  }

  /** Lowercase hex SHA-512 of the given bytes. */
  public static String sha512Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-512", e);
    }
  }
}
