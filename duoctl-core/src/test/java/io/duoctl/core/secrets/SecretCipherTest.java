package io.duoctl.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final MasterKey key = MasterKey.generate(RANDOM);
  private final SecretCipher cipher = new SecretCipher(key, RANDOM);

  @Test
  void seal_thenOpen_returnsTheSecret() {
    Secret secret = Secret.of("Zh5eGmUq9zpfQnyUIu5OL9iWoMMv5ZNmk3zLJ4Ep");

    assertThat(cipher.open(cipher.seal(secret))).isEqualTo(secret);
  }

  @Test
  void seal_usesAFreshIvEveryTime_andNeverContainsThePlaintext() {
    Secret secret = Secret.of("the same plaintext twice");

    String first = cipher.seal(secret);
    String second = cipher.seal(secret);

    assertThat(first).isNotEqualTo(second).doesNotContain("plaintext");
    assertThat(first.split("\\.")[2]).isNotEqualTo(second.split("\\.")[2]);
    assertThat(Base64.getDecoder().decode(first.split("\\.")[2])).hasSize(12);
    assertThat(first).startsWith("v1." + key.id() + ".");
  }

  @Test
  void open_underAnotherKey_failsNamingBothKeyIds() {
    String envelope = cipher.seal(Secret.of("value"));
    MasterKey other = MasterKey.generate(RANDOM);

    assertThatThrownBy(() -> new SecretCipher(other, RANDOM).open(envelope))
        .isInstanceOf(WrongMasterKeyException.class)
        .hasMessageContaining(key.id())
        .hasMessageContaining(other.id());
  }

  @Test
  void open_ofATamperedCiphertext_failsTheTagCheck() {
    String envelope = cipher.seal(Secret.of("value to protect"));
    String[] parts = envelope.split("\\.");
    byte[] body = Base64.getDecoder().decode(parts[3]);
    body[0] ^= 1;
    String tampered =
        String.join(
            ".",
            parts[0],
            parts[1],
            parts[2],
            Base64.getEncoder().withoutPadding().encodeToString(body));

    assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(WrongMasterKeyException.class);
  }

  @Test
  void fromBase64_rejectsWrongLengthAndGarbage_namingTheSource() {
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> MasterKey.fromBase64(short16, "DUOCTL_MASTER_KEY"))
        .isInstanceOf(InvalidMasterKeyException.class)
        .hasMessageContaining("DUOCTL_MASTER_KEY decodes to 16 bytes but must be 32");
    assertThatThrownBy(() -> MasterKey.fromBase64("not base64!!", "DUOCTL_MASTER_KEY"))
        .isInstanceOf(InvalidMasterKeyException.class)
        .hasMessageContaining("not valid base64");
  }

  @Test
  void masterKey_roundTripsThroughBase64_andHidesItselfInToString() {
    MasterKey copy = MasterKey.fromBase64(key.toBase64(), "test");

    assertThat(copy).isEqualTo(key);
    assertThat(copy.id()).isEqualTo(key.id()).hasSize(8);
    assertThat(key.toString()).doesNotContain(key.toBase64());
  }
}
