package io.duoctl.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class PasswordHasherTest {
  static final SecureRandom RANDOM = new SecureRandom();
  final PasswordHasher hasher = new PasswordHasher(PasswordHasher.OWASP, RANDOM);

  @Test
  void verify_acceptsHashesFromTheArgon2ReferenceImplementation() {
    // phc-winner-argon2 src/test.c: "password" with salt "somesalt".
    assertThat(
            hasher.verify(
                "password".toCharArray(),
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"))
        .isTrue();
    assertThat(
            hasher.verify(
                "password".toCharArray(),
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"))
        .isTrue();
    assertThat(
            hasher.verify(
                "passwore".toCharArray(),
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"))
        .isFalse();
  }

  @Test
  void theArgon2idWeUse_computesTheRfc9106Vector() {
    // RFC 9106 section 5.3.
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(32)
            .withIterations(3)
            .withParallelism(4)
            .withSalt(filled(16, 0x02))
            .withSecret(filled(8, 0x03))
            .withAdditional(filled(12, 0x04))
            .build());
    byte[] tag = new byte[32];
    generator.generateBytes(filled(32, 0x01), tag);

    assertThat(HexFormat.of().formatHex(tag))
        .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  }

  @Test
  void hash_writesAPhcStringWithTheOwaspCost_thatVerifies() {
    String phc = hasher.hash("correct horse battery".toCharArray());

    assertThat(phc)
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(hasher.verify("correct horse battery".toCharArray(), phc)).isTrue();
    assertThat(hasher.verify("correct horse batterz".toCharArray(), phc)).isFalse();
    assertThat(hasher.needsRehash(phc)).isFalse();
  }

  @Test
  void hash_usesAFreshSaltEachTime() {
    char[] password = "correct horse battery".toCharArray();

    assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
  }

  @Test
  void verify_readsTheCostBackFromTheString() {
    PasswordHasher cheap = new PasswordHasher(new PasswordHasher.Cost(64, 1, 2), RANDOM);
    String phc = cheap.hash("ünïcödé pässwörd".toCharArray());

    assertThat(phc).startsWith("$argon2id$v=19$m=64,t=1,p=2$");
    assertThat(hasher.verify("ünïcödé pässwörd".toCharArray(), phc)).isTrue();
    assertThat(hasher.needsRehash(phc)).isTrue();
  }

  @Test
  void verify_rejectsOtherAlgorithmsVersionsAndAbsurdCosts() {
    char[] password = "password".toCharArray();
    String salt = "$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";

    assertThat(hasher.verify(password, "$argon2i$v=19$m=256,t=2,p=1" + salt)).isFalse();
    assertThat(hasher.verify(password, "$argon2id$v=16$m=256,t=2,p=1" + salt)).isFalse();
    assertThat(hasher.verify(password, "$argon2id$v=19$m=9999999,t=2,p=1" + salt)).isFalse();
    assertThat(hasher.verify(password, "$argon2id$v=19$m=256,t=0,p=1" + salt)).isFalse();
    assertThat(hasher.verify(password, "not a hash")).isFalse();
    assertThat(hasher.verify(password, null)).isFalse();
  }

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
