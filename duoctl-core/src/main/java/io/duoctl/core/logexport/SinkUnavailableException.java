package io.duoctl.core.logexport;

import java.time.Duration;
import java.util.Optional;

/**
 * The receiver could not take the batch now: down, unreachable, too slow, failing (5xx) or asking
 * to slow down (429). Delivering the same batch again later may succeed.
 */
public final class SinkUnavailableException extends SinkException {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  /**
   * @param retryAfter how long the receiver asked to be left alone, or null when it did not say
   * @param cause the underlying failure, or null
   */
  public SinkUnavailableException(
      String sink, String message, Duration retryAfter, Throwable cause) {
    super(sink, message, cause);
    this.retryAfter = retryAfter;
  }

  /** The wait the receiver asked for ({@code Retry-After}), if it named one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
