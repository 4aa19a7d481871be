package io.duoctl.client.internal;

import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.RetryPolicy;
import io.duoctl.client.Sleeper;
import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.http.HttpMethod;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Resends a call on the policy's schedule when that is safe. A 429 is retried for any method (Duo
 * refused it, so it did nothing), waiting for {@code Retry-After} when Duo sends one and giving up
 * at once if that is longer than the policy's longest wait. Only a GET is also retried on a 5xx or
 * a failure to get an answer; other methods are resent only when the connection failed before any
 * byte left. A wait that would leave no time for another attempt before the call's deadline is not
 * made. When the schedule or the deadline is used up the last reply (or failure) is handed back; a
 * failure carries the attempts made.
 */
final class RetryInterceptor implements Interceptor {

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final Clock clock;

  RetryInterceptor(RetryPolicy policy, Sleeper sleeper, DoubleSupplier jitter, Clock clock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.jitter = jitter;
    this.clock = clock;
  }

  @Override
  public DuoResponse intercept(Chain chain) {
    Call call = chain.call();
    CallBudget budget = call.budget();
    for (int retry = 0; ; retry++) {
      DuoResponse response;
      budget.attempt();
      try {
        response = chain.proceed(call);
      } catch (DuoConnectionException failure) {
        Optional<Duration> wait = waitAfter(failure, call, retry).filter(budget::allowsWait);
        if (wait.isEmpty()) {
          failure.recordAttempts(budget.attempts(), budget.spent(), budget.cutShort());
          throw failure;
        }
        sleep(wait.get(), call);
        continue;
      }
      Optional<Duration> wait = waitAfter(response, call, retry).filter(budget::allowsWait);
      if (wait.isEmpty()) {
        return response;
      }
      sleep(wait.get(), call);
    }
  }

  private Optional<Duration> waitAfter(DuoResponse response, Call call, int retry) {
    if (response.status() == 429) {
      Optional<Duration> asked =
          response.header("retry-after").flatMap(v -> RetryAfter.parse(v, clock.instant()));
      if (asked.isPresent()) {
        return policy.permitsWait(asked.get()) && policy.backoff(retry, 0).isPresent()
            ? asked
            : Optional.empty();
      }
      return scheduled(retry);
    }
    if (response.status() >= 500 && call.request().method() == HttpMethod.GET) {
      return scheduled(retry);
    }
    return Optional.empty();
  }

  private Optional<Duration> waitAfter(DuoConnectionException failure, Call call, int retry) {
    DuoConnectionException.Kind kind = failure.kind();
    boolean safe =
        kind.beforeSending()
            || (call.request().method() == HttpMethod.GET
                && (kind == DuoConnectionException.Kind.TIMEOUT
                    || kind == DuoConnectionException.Kind.IO));
    return safe ? scheduled(retry) : Optional.empty();
  }

  private Optional<Duration> scheduled(int retry) {
    if (policy.backoff(retry, 0).isEmpty()) {
      return Optional.empty();
    }
    return policy.backoff(retry, jitter.getAsDouble());
  }

  private void sleep(Duration wait, Call call) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DuoConnectionException(
          DuoConnectionException.Kind.INTERRUPTED,
          "interrupted while waiting to retry",
          call.request().method().name(),
          call.safePath(),
          e);
    }
  }
}
