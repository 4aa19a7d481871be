package io.duoctl.client.internal;

import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.http.Pacing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for {@link Pacing} before each attempt and tells it how Duo answered. The wait is not
 * charged to the call's deadline: it is time spent on Duo's allowance, not on an answer.
 */
final class PacingInterceptor implements Interceptor {

  private final Pacing pacing;
  private final Clock clock;

  PacingInterceptor(Pacing pacing, Clock clock) {
    this.pacing = pacing;
    this.clock = clock;
  }

  @Override
  public DuoResponse intercept(Chain chain) {
    Call call = chain.call();
    Instant asked = clock.instant();
    Pacing.Permit permit;
    try {
      permit = pacing.acquire(call.target(), call.request());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DuoConnectionException(
          DuoConnectionException.Kind.INTERRUPTED,
          "interrupted while waiting for Duo's rate limit",
          call.request().method().name(),
          call.safePath(),
          e);
    }
    call.budget().exclude(Duration.between(asked, clock.instant()));
    DuoResponse response = chain.proceed(call);
    permit.answered(response.status());
    return response;
  }
}
