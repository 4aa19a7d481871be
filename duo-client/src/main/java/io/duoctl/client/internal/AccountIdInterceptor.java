package io.duoctl.client.internal;

import io.duoctl.client.http.DuoResponse;

/**
 * Adds the target's {@code account_id} to every request's parameters (so it is signed and travels
 * where the parameters travel), as Duo's clients do for a child account reached with the parent's
 * Accounts API keys. The target's value replaces one set on the request.
 */
final class AccountIdInterceptor implements Interceptor {

  static final String ACCOUNT_ID = "account_id";

  @Override
  public DuoResponse intercept(Chain chain) {
    Call call = chain.call();
    return call.target()
        .accountId()
        .map(id -> chain.proceed(call.withRequest(call.request().param(ACCOUNT_ID, id))))
        .orElseGet(() -> chain.proceed(call));
  }
}
