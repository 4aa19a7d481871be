package io.duoctl.emulator.admin.internal;

import io.duoctl.emulator.model.Ids;
import java.util.Random;
import java.util.UUID;

/** IDs the framework's {@code IdKind} does not cover, drawn from the world's seeded generator. */
public final class AdminIds {

  private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String HEX = "0123456789abcdef";

  private AdminIds() {}

  /** A 20-character ID with a two-letter prefix, e.g. {@code DB…} for a bypass code. */
  public static String prefixed(Ids ids, String prefix) {
    return prefix + ids.draw(UPPER_ALNUM, 18);
  }

  /** A random (version 4 shaped) UUID string, e.g. a telephony_id or txid. */
  public static String uuid(Ids ids) {
    String hex = ids.draw(HEX, 32);
    return hex.substring(0, 8)
        + "-"
        + hex.substring(8, 12)
        + "-4"
        + hex.substring(13, 16)
        + "-a"
        + hex.substring(17, 20)
        + "-"
        + hex.substring(20, 32);
  }

  /** A version-4 UUID drawn from {@code random} (generated history, which has its own seed). */
  public static String uuid(Random random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  /** {@code length} decimal digits, leading zeros possible. */
  public static String digits(Ids ids, int length) {
    return ids.draw("0123456789", length);
  }

  /** {@code length} characters of letters and digits, e.g. an activation code. */
  public static String code(Ids ids, int length) {
    return ids.draw("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);
  }
}
