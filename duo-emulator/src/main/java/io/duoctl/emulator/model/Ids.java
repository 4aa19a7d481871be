package io.duoctl.emulator.model;

import java.util.Random;

/**
 * Generates identifiers and keys in Duo's formats. The sequence is fully determined by the seed, so
 * a seeded emulator hands out the same IDs run after run (given the same order of calls).
 *
 * <p>Thread-safe; concurrent callers get distinct values, in an order that is then not fixed.
 */
public final class Ids {

  private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String HEX = "0123456789abcdef";

  private final Random random;

  public Ids(long seed) {
    this.random = new Random(seed);
  }

  /** A 20-character ID: the kind's prefix and 18 upper-case letters or digits. */
  public String next(IdKind kind) {
    return kind.prefix() + draw(UPPER_ALNUM, 18);
  }

  /** A 40-character secret key of letters and digits, like an Admin API skey. */
  public String secretKey() {
    return draw(ALNUM, 40);
  }

  /** An API hostname such as {@code api-1a2b3c4d.duo.test}. */
  public String apiHostname() {
    return "api-" + draw(HEX, 8) + ".duo.test";
  }

  /** {@code length} characters drawn from {@code alphabet}. */
  public String draw(String alphabet, int length) {
    char[] out = new char[length];
    synchronized (random) {
      for (int i = 0; i < length; i++) {
        out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
    }
    return new String(out);
  }

  /** A uniformly drawn int in {@code [0, bound)}. */
  public int nextInt(int bound) {
    synchronized (random) {
      return random.nextInt(bound);
    }
  }
}
