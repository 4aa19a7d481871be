package io.duoctl.emulator.admin.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Duo's ISO 8601 timestamp in log entries (the activity log's {@code ts}, the v2 authentication
 * log's {@code isotimestamp}): UTC with microseconds and a literal {@code +00:00} offset, e.g.
 * {@code 2024-05-01T12:00:00.000000+00:00}.
 */
public final class Timestamps {

  private static final DateTimeFormatter ISO_MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /** {@code time} as Duo writes the v1 logs' {@code isotimestamp}: whole seconds, UTC. */
  public static String isoSeconds(Instant time) {
    return ISO_SECONDS.format(time);
  }

  /** {@code time} as Duo writes it in log entries. */
  public static String isoMicros(Instant time) {
    return ISO_MICROS.format(time);
  }
}
