package io.duoctl.client.internal;

import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.signing.DuoDates;

/** Signs every attempt afresh, with the date of that attempt (skew-corrected when asked). */
final class SigningInterceptor implements Interceptor {

  private final Signer signer;
  private final ClockSkew skew;

  SigningInterceptor(Signer signer, ClockSkew skew) {
    this.signer = signer;
    this.skew = skew;
  }

  @Override
  public DuoResponse intercept(Chain chain) {
    Call call = chain.call();
    String date = DuoDates.format(skew.signingInstant());
    return chain.proceed(call.withHeaders(signer.headers(call, date)));
  }
}
