package io.duoctl.core.access;

import java.time.Duration;

/**
 * Too many failed sign-ins for this username or from this client address recently; the password was
 * not checked. Try again after {@link #retryAfter()}.
 */
public final class SignInThrottledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  SignInThrottledException(Duration retryAfter) {
    super(
        "too many failed sign-ins; try again in "
            + Math.max(1, retryAfter.toSeconds())
            + " seconds");
    this.retryAfter = retryAfter;
  }

  /** How long until a sign-in is accepted again (at least one second). */
  public Duration retryAfter() {
    return retryAfter;
  }
}
