package io.duoctl.client.admin.logs;

import io.duoctl.client.http.Params;
import java.time.Instant;
import java.util.Objects;

/**
 * The time window of a v2 log or Trust Monitor query, sent in milliseconds. Duo serves at most the
 * last 180 days and nothing younger than about two minutes.
 *
 * @param from the start, inclusive
 * @param to the end; after {@code from}
 * @param sort the order, or null for Duo's default (newest first)
 */
public record LogWindow(Instant from, Instant to, LogSort sort) {

  public LogWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to (mintime < maxtime)");
    }
  }

  /** The window from {@code from} to {@code to} in Duo's default order. */
  public static LogWindow between(Instant from, Instant to) {
    return new LogWindow(from, to, null);
  }

  /** This window in another order. */
  public LogWindow sorted(LogSort newSort) {
    return new LogWindow(from, to, Objects.requireNonNull(newSort, "sort"));
  }

  Params toParams() {
    Params params =
        Params.of("mintime", Long.toString(from.toEpochMilli()))
            .with("maxtime", Long.toString(to.toEpochMilli()));
    return sort == null ? params : params.with("sort", sort.wireValue());
  }
}
