package io.duoctl.core.workflows.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The signature scheme, against HMAC-SHA256 computed here with javax.crypto and by openssl. */
class WebhookSignatureTest {
  private static final String SECRET = "duoctl_whsec_kat-secret";
  private static final String TIMESTAMP = "1767225600";
  private static final byte[] BODY =
      "{\"Action\":\"added\",\"Type\":\"ticket\",\"ID\":1042}".getBytes(StandardCharsets.UTF_8);

  private static String hmac(String key, byte[] message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(message));
  }

  private static byte[] signed(String timestamp, byte[] body) {
    byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] message = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, message, 0, prefix.length);
    System.arraycopy(body, 0, message, prefix.length, body.length);
    return message;
  }

  @Test
  void sign_isHmacSha256OfTimestampDotBody_keyedWithTheSecretsText() throws Exception {
    assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, BODY))
        .isEqualTo("sha256=" + hmac(SECRET, signed(TIMESTAMP, BODY)));
  }

  @Test
  void sign_matchesOpensslsAnswers() {
    // printf '%s' '1767225600.{"Action":...}' | openssl dgst -sha256 -hmac
    // 'duoctl_whsec_kat-secret'
    assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, BODY))
        .isEqualTo("sha256=2d5c80ecf9cb3f88a14452cea78a2a94a4de57ed5071415b55ad21e3ea20cfd4");
    assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, new byte[0]))
        .isEqualTo("sha256=62a3c3226a0dfc4d7b561c019d113b9a19678e5e512504c44dd46b7e81640caf");
  }

  @Test
  void sign_coversTheRawBodyBytes_notTheirJsonMeaning() throws Exception {
    byte[] spaced = "{\"Action\": \"added\"}".getBytes(StandardCharsets.UTF_8);
    byte[] compact = "{\"Action\":\"added\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, spaced))
        .isNotEqualTo(WebhookSignature.sign(SECRET, TIMESTAMP, compact))
        .isEqualTo("sha256=" + hmac(SECRET, signed(TIMESTAMP, spaced)));
  }

  @Test
  void matches_acceptsOnlyTheSameSecretTimestampAndBody() {
    byte[] digest = WebhookSignature.digest(WebhookSignature.sign(SECRET, TIMESTAMP, BODY)).get();

    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP, BODY, digest)).isTrue();
    assertThat(WebhookSignature.matches(SECRET + "x", TIMESTAMP, BODY, digest)).isFalse();
    assertThat(WebhookSignature.matches(SECRET, "1767225601", BODY, digest)).isFalse();
    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP, new byte[] {'{', '}'}, digest))
        .isFalse();
  }

  @Test
  void headers_areReadOnlyInTheirOneForm() {
    String hex = "ab".repeat(32);

    assertThat(WebhookSignature.digest("sha256=" + hex)).isPresent();
    assertThat(WebhookSignature.digest("sha256=" + hex.toUpperCase(java.util.Locale.ROOT)))
        .isPresent();
    assertThat(WebhookSignature.digest(hex)).isEmpty();
    assertThat(WebhookSignature.digest("sha1=" + hex)).isEmpty();
    assertThat(WebhookSignature.digest("sha256=" + hex + "00")).isEmpty();
    assertThat(WebhookSignature.digest("sha256=" + "zz".repeat(32))).isEmpty();
    assertThat(WebhookSignature.seconds("1767225600")).contains(1767225600L);
    assertThat(WebhookSignature.seconds("1767225600.5")).isEmpty();
    assertThat(WebhookSignature.seconds("-1")).isEmpty();
    assertThat(WebhookSignature.seconds("")).isEmpty();
    assertThat(WebhookSignature.seconds("2026-01-01T00:00:00Z")).isEmpty();
  }
}
