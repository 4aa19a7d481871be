package io.duoctl.core.logexport.exports;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine runs.
 *
 * @param poll how long an organization's log waits after Duo had nothing more (its last page)
 *     before asking again. Default 1 minute: Duo recommends polling no more than once a minute, and
 *     its two-minute delay means nothing is gained by asking more often; a full page is followed at
 *     once (as fast as the pacer's 2 requests/min per log endpoint allows)
 * @param maxReading how many organization logs read from Duo at the same time on this node: a read
 *     mostly waits for Duo's allowance (2 requests a minute per log endpoint), so many wait side by
 *     side; it bounds the events held in memory between a read and its deliveries
 * @param maxConcurrent how many organization logs deliver to their sinks at the same time
 * @param maxBackoff the longest a failing sink waits before its next try (waits start at 1 s and
 *     double)
 */
public record LogExportSettings(
    Duration poll, int maxReading, int maxConcurrent, Duration maxBackoff) {

  /** The default poll: one minute. */
  public static final Duration DEFAULT_POLL = Duration.ofMinutes(1);

  public LogExportSettings {
    Objects.requireNonNull(poll, "poll");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (poll.isNegative() || poll.isZero()) {
      throw new IllegalArgumentException("poll must be positive, was " + poll);
    }
    if (maxReading < 1 || maxConcurrent < 1) {
      throw new IllegalArgumentException("maxReading and maxConcurrent must be at least 1");
    }
  }

  /**
   * Poll every minute; 256 organization logs reading at a time, 32 delivering; sinks retried up to
   * 5 minutes apart.
   */
  public static LogExportSettings defaults() {
    return new LogExportSettings(DEFAULT_POLL, 256, 32, Duration.ofMinutes(5));
  }

  /** These settings with another poll. */
  public LogExportSettings withPoll(Duration newPoll) {
    return new LogExportSettings(newPoll, maxReading, maxConcurrent, maxBackoff);
  }
}
