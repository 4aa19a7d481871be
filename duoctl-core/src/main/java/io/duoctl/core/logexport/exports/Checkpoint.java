package io.duoctl.core.logexport.exports;

import io.duoctl.core.logexport.LogKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How far one sink holds one organization's log: the Duo cursor (as text) right after the last
 * event it acknowledged.
 *
 * @param cursor the cursor token ({@code ms,id} for v2 logs, {@code second,seen} for the
 *     administrator log)
 * @param cursorAt the time the cursor stands at: events before it are delivered
 * @param lastKeys the keys of the delivered events at the cursor's last second (administrator log:
 *     they are dropped when read again), else the last key; may be empty
 * @param eventsExported how many events this sink took for this organization and log
 * @param inFlightSince when a delivery began that is not recorded yet, or null
 * @param firstSuccessAt the first delivery, or null
 * @param lastSuccessAt the last successful read-and-deliver, or null
 * @param lastError the last failure's message (never a secret), or null once it succeeds again
 */
public record Checkpoint(
    Partition partition,
    String organizationName,
    String sink,
    String cursor,
    Instant cursorAt,
    List<String> lastKeys,
    long eventsExported,
    Instant inFlightSince,
    Instant firstSuccessAt,
    Instant lastSuccessAt,
    String lastError,
    Instant lastErrorAt) {

  public Checkpoint {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(organizationName, "organizationName");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(cursorAt, "cursorAt");
    lastKeys = List.copyOf(lastKeys);
  }

  /** A sink that has delivered nothing yet, at {@code cursor}. */
  public static Checkpoint start(
      Partition partition, String organizationName, String sink, String cursor, Instant at) {
    return new Checkpoint(
        partition, organizationName, sink, cursor, at, List.of(), 0, null, null, null, null, null);
  }

  /** The log. */
  public LogKind log() {
    return partition.log();
  }

  /** This checkpoint after delivering {@code count} events up to {@code newCursor}. */
  public Checkpoint advanced(
      String newCursor, Instant newCursorAt, List<String> keys, int count, Instant now) {
    return new Checkpoint(
        partition,
        organizationName,
        sink,
        newCursor,
        newCursorAt,
        keys,
        eventsExported + count,
        null,
        firstSuccessAt == null && count > 0 ? now : firstSuccessAt,
        now,
        null,
        null);
  }
}
