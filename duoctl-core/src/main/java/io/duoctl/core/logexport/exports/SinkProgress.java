package io.duoctl.core.logexport.exports;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of an export's status: how far one sink holds one organization's log.
 *
 * @param lag how far behind now the checkpoint stands (Duo itself holds events back two minutes)
 * @param eventsPerMinute events delivered per minute from the first delivery until now (counted
 *     over one minute at least), or null before the first delivery
 */
public record SinkProgress(
    String organizationId,
    String organizationName,
    String log,
    String sink,
    Instant checkpointAt,
    Duration lag,
    long eventsExported,
    Double eventsPerMinute,
    Instant lastSuccessAt,
    String lastError,
    Instant lastErrorAt) {

  static SinkProgress of(Checkpoint c, Instant now) {
    Double rate = null;
    if (c.firstSuccessAt() != null) {
      double minutes = Math.max(1, Duration.between(c.firstSuccessAt(), now).toMillis() / 60_000.0);
      rate = Math.round(c.eventsExported() / minutes * 10) / 10.0;
    }
    return new SinkProgress(
        c.partition().organizationId(),
        c.organizationName(),
        c.log().wireName(),
        c.sink(),
        c.cursorAt(),
        Duration.between(c.cursorAt(), now).isNegative()
            ? Duration.ZERO
            : Duration.between(c.cursorAt(), now),
        c.eventsExported(),
        rate,
        c.lastSuccessAt(),
        c.lastError(),
        c.lastErrorAt());
  }
}
