package io.duoctl.client.internal;

import io.duoctl.client.http.DuoResponse;

/** Measures the clock offset from the {@code Date} header of every reply, error or not. */
final class ClockSkewInterceptor implements Interceptor {

  private final ClockSkew skew;

  ClockSkewInterceptor(ClockSkew skew) {
    this.skew = skew;
  }

  @Override
  public DuoResponse intercept(Chain chain) {
    DuoResponse response = chain.proceed(chain.call());
    response.header("date").ifPresent(skew::recordDateHeader);
    return response;
  }
}
