package io.duoctl.client.internal;

import io.duoctl.client.http.DuoResponse;

/**
 * One step of the transport chain: it may change the call, hand it on with {@link
 * Chain#proceed(Call)} (once, several times, or not at all) and look at or replace the response.
 */
interface Interceptor {

  DuoResponse intercept(Chain chain);

  /** The rest of the chain as seen from one step. */
  interface Chain {

    /** The call as it reached this step. */
    Call call();

    /** Runs the remaining steps on {@code call}. */
    DuoResponse proceed(Call call);
  }
}
