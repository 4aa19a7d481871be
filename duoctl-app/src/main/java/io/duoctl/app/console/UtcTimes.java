package io.duoctl.app.console;

import java.time.Instant;
import java.time.ZoneOffset;

/** Times as the console shows them, in UTC to the second. */
public final class UtcTimes {
  private UtcTimes() {}

  /** {@code 2026-11-28 21:20:05 UTC}. */
  public static String of(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString().replace('T', ' ')
        + " UTC";
  }
}
