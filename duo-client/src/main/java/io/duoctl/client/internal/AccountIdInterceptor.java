package io.duoctl.client.internal;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoResponse;

/**
 * Adds the target's {@code account_id} to every request's parameters (so it is signed and travels
 * where the parameters travel), as Duo's clients do for a child account reached with the parent's
 * Accounts API keys. It never replaces an {@code account_id} the caller set: another id is refused
 * before anything is sent ({@link DuoTarget#bind}).
 */
final class AccountIdInterceptor implements Interceptor {

  @Override
  public DuoResponse intercept(Chain chain) {
    Call call = chain.call();
    return chain.proceed(call.withRequest(call.target().bind(call.request())));
  }
}
