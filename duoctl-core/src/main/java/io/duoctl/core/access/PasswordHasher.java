package io.duoctl.core.access;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes as PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash},
 * unpadded standard base64). Verification reads the cost back from the string, so hashes made with
 * other costs keep working. Thread-safe.
 */
final class PasswordHasher {
  /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
  static final Cost OWASP = new Cost(19456, 2, 1);

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final int MAX_MEMORY_KIB = 1 << 20;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,3})"
              + "\\$([A-Za-z0-9+/]{11,86})\\$([A-Za-z0-9+/]{22,86})");

  /** Argon2id's cost: memory in KiB, passes and lanes. */
  record Cost(int memoryKib, int iterations, int parallelism) {
    Cost {
      if (parallelism < 1 || iterations < 1 || memoryKib < 8 * parallelism) {
        throw new IllegalArgumentException(
            "Argon2id needs p >= 1, t >= 1 and m >= 8p KiB, was m="
                + memoryKib
                + ",t="
                + iterations
                + ",p="
                + parallelism);
      }
    }
  }

  private final Cost cost;
  private final SecureRandom random;

  PasswordHasher(Cost cost, SecureRandom random) {
    this.cost = cost;
    this.random = random;
  }

  /** A new PHC string for {@code password} with a fresh random salt. */
  String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, cost, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m="
        + cost.memoryKib()
        + ",t="
        + cost.iterations()
        + ",p="
        + cost.parallelism()
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /**
   * Whether {@code password} matches {@code phc}, compared in constant time; false for a string
   * that is not an Argon2id v19 PHC hash with sane parameters.
   */
  boolean verify(char[] password, String phc) {
    Matcher m = phc == null ? null : PHC.matcher(phc);
    if (m == null || !m.matches()) {
      return false;
    }
    Cost stored;
    try {
      stored =
          new Cost(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (stored.memoryKib() > MAX_MEMORY_KIB) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(m.group(4));
    byte[] expected = Base64.getDecoder().decode(m.group(5));
    return MessageDigest.isEqual(expected, derive(password, salt, stored, expected.length));
  }

  /** Whether {@code phc} was made with another cost than the current one. */
  boolean needsRehash(String phc) {
    return phc == null
        || !phc.startsWith(
            "$argon2id$v=19$m="
                + cost.memoryKib()
                + ",t="
                + cost.iterations()
                + ",p="
                + cost.parallelism()
                + "$");
  }

  private static byte[] derive(char[] password, byte[] salt, Cost cost, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] secret = utf8(password);
    try {
      byte[] out = new byte[length];
      generator.generateBytes(secret, out);
      return out;
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  @SuppressWarnings("ByteBufferBackingArray") // encode() returns a heap buffer it allocated
  private static byte[] utf8(char[] password) {
    try {
      ByteBuffer encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .encode(CharBuffer.wrap(password));
      byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
      Arrays.fill(encoded.array(), (byte) 0);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("UTF-8 cannot encode the password", e);
    }
  }
}
