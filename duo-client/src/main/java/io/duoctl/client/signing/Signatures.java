package io.duoctl.client.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC signatures and the {@code Authorization} header Duo expects. Thread-safe. */
public final class Signatures {

  private Signatures() {}

  /** The lowercase hex HMAC of the canonical string, keyed with the secret key's UTF-8 bytes. */
  public static String sign(HmacAlgorithm algorithm, String secretKey, String canonical) {
    try {
      Mac mac = Mac.getInstance(algorithm.jcaName());
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), algorithm.jcaName()));
      return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute " + algorithm.jcaName(), e);
    }
  }

  /** {@code Basic base64(ikey:hexSignature)}. */
  public static String authorizationHeader(String integrationKey, String hexSignature) {
    String credentials = integrationKey + ":" + hexSignature;
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Parses a {@code Basic} header into integration key and signature.
   *
   * @return empty if the header is absent, not Basic, not base64, or has no colon
   */
  public static Optional<BasicCredentials> parseAuthorization(String header) {
    if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  /** Compares two hex signatures in time independent of where they differ. */
  public static boolean matches(String expectedHex, String actualHex) {
    return MessageDigest.isEqual(
        expectedHex.getBytes(StandardCharsets.US_ASCII),
        actualHex.getBytes(StandardCharsets.US_ASCII));
  }

  /** The two halves of a Basic {@code Authorization} header. */
  public record BasicCredentials(String integrationKey, String signature) {
    @Override
    public String toString() {
      return "BasicCredentials[" + integrationKey + ":…]";
    }
  }
}
