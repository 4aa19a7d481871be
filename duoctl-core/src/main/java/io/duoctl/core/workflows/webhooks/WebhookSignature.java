package io.duoctl.core.workflows.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: HMAC-SHA256, keyed with the webhook's secret exactly as
 * shown (its ASCII bytes), over the timestamp header's text, a dot, and the raw body bytes; sent as
 * {@code X-Duoctl-Signature: sha256=<64 lower-case hex digits>} beside {@code X-Duoctl-Timestamp:
 * <Unix seconds>}. Stateless and thread-safe.
 */
public final class WebhookSignature {
  /** The header that carries the signing time, in whole seconds since the Unix epoch. */
  public static final String TIMESTAMP_HEADER = "X-Duoctl-Timestamp";

  /** The header that carries {@code sha256=<hex>}. */
  public static final String SIGNATURE_HEADER = "X-Duoctl-Signature";

  private static final String ALGORITHM = "HmacSHA256";
  private static final String PREFIX = "sha256=";
  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
  private static final Pattern SIGNATURE = Pattern.compile("sha256=[0-9a-fA-F]{64}");

  private WebhookSignature() {}

  /** The {@code X-Duoctl-Signature} value for {@code body} sent at {@code timestamp}. */
  public static String sign(String secret, String timestamp, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(mac(secret, timestamp, body));
  }

  /**
   * Whether {@code signature} (as sent) is the signature of {@code body} at {@code timestamp}, by a
   * comparison whose time does not depend on where they differ.
   */
  static boolean matches(String secret, String timestamp, byte[] body, byte[] signature) {
    return MessageDigest.isEqual(mac(secret, timestamp, body), signature);
  }

  /** The timestamp header's seconds, or empty when it is not 1 to 12 digits. */
  static Optional<Long> seconds(String timestamp) {
    return TIMESTAMP.matcher(timestamp).matches()
        ? Optional.of(Long.parseLong(timestamp))
        : Optional.empty();
  }

  /** The signature header's 32 bytes, or empty when it is not {@code sha256=<64 hex digits>}. */
  static Optional<byte[]> digest(String signature) {
    return SIGNATURE.matcher(signature).matches()
        ? Optional.of(HexFormat.of().parseHex(signature.substring(PREFIX.length())))
        : Optional.empty();
  }

  private static byte[] mac(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
    }
  }
}
