package io.duoctl.core.logexport.exports;

import java.time.Instant;
import java.util.Objects;

/**
 * One export's log and sink summed over its organizations, for metrics: the bounded view of
 * thousands of checkpoints.
 *
 * @param oldestCursorAt the checkpoint furthest behind: the lag is now minus it
 * @param eventsExported events the sink took, over every organization
 * @param errors failures recorded, over every organization, since the checkpoints were made
 */
public record SinkTotals(
    String export,
    String log,
    String sink,
    Instant oldestCursorAt,
    long eventsExported,
    long errors) {
  public SinkTotals {
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(oldestCursorAt, "oldestCursorAt");
  }
}
