package io.duoctl.client.http;

import io.duoctl.client.DuoTarget;

/**
 * Holds each attempt of a call (retries included) until Duo's rate limit should allow it, and hears
 * how Duo answered, so it can learn the limit. The client asks it after any back-off and before
 * signing, so a signature is never dated before the wait; time spent waiting here does not count
 * against the call's deadline. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Pacing {

  /** Sends every attempt at once and learns nothing. */
  Pacing NONE = (target, request) -> status -> {};

  /**
   * Waits until {@code request} to {@code target} may be sent.
   *
   * @return the permit to report Duo's answer to
   * @throws InterruptedException if interrupted while waiting
   */
  Permit acquire(DuoTarget target, DuoRequest request) throws InterruptedException;

  /** One attempt allowed to go; told Duo's HTTP status when it answers (not when none came). */
  @FunctionalInterface
  interface Permit {

    void answered(int status);
  }
}
