package io.duoctl.client.internal;

import io.duoctl.client.http.DuoResponse;

/**
 * Turns the final non-2xx reply (after any retries) into the fitting exception, with the attempts
 * the call made.
 */
final class ErrorReplyInterceptor implements Interceptor {

  @Override
  public DuoResponse intercept(Chain chain) {
    Call call = chain.call();
    DuoResponse response = chain.proceed(call);
    if (response.status() >= 200 && response.status() < 300) {
      return response;
    }
    CallBudget budget = call.budget();
    throw ErrorReplies.toException(response, call.request().method().name(), call.safePath())
        .recordAttempts(Math.max(1, budget.attempts()), budget.spent(), budget.cutShort());
  }
}
