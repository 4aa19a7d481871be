package io.duoctl.app.console.logexports;

import io.duoctl.app.console.UtcTimes;
import io.duoctl.core.logexport.exports.SinkProgress;
import java.time.Duration;

/**
 * One organization × log × sink of an export's progress table.
 *
 * @param checkpointAt when the sink last stored a checkpoint (its last success), or "never"
 * @param lag now minus the time up to which the sink holds the events, in words
 * @param rate events per minute, averaged since the first delivery, or "—" before it
 */
public record ProgressRow(
    String organization,
    String log,
    String sink,
    String checkpointAt,
    String heldUntil,
    String lag,
    long eventsExported,
    String rate,
    String lastError,
    String lastErrorAt) {

  static ProgressRow of(SinkProgress p) {
    return new ProgressRow(
        p.organizationName(),
        p.log(),
        p.sink(),
        p.lastSuccessAt() == null ? "never" : UtcTimes.of(p.lastSuccessAt()),
        UtcTimes.of(p.checkpointAt()),
        words(p.lag()),
        p.eventsExported(),
        p.eventsPerMinute() == null ? "—" : String.valueOf(p.eventsPerMinute()),
        p.lastError(),
        p.lastErrorAt() == null ? null : UtcTimes.of(p.lastErrorAt()));
  }

  /** A lag as {@code 45s}, {@code 3m 12s}, {@code 2h 5m} or {@code 3d 4h}. */
  static String words(Duration lag) {
    long s = lag.toSeconds();
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return s / 60 + "m " + s % 60 + "s";
    }
    if (s < 86_400) {
      return s / 3600 + "h " + s % 3600 / 60 + "m";
    }
    return s / 86_400 + "d " + s % 86_400 / 3600 + "h";
  }

  /** Whether the sink's last attempt failed. */
  public boolean failing() {
    return lastError != null;
  }
}
