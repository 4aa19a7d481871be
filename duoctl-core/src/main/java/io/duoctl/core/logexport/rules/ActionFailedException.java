package io.duoctl.core.logexport.rules;

import java.time.Duration;
import java.util.Optional;

/** A rule's action did not succeed; {@link #retryable} tells whether trying again may help. */
final class ActionFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final transient Duration retryAfter;

  ActionFailedException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  /** Whether the receiver was down or failing (retry later), not refusing for good. */
  boolean retryable() {
    return retryable;
  }

  /** The wait the receiver asked for, if any. */
  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
