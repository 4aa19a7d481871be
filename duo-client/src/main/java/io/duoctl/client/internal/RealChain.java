package io.duoctl.client.internal;

import io.duoctl.client.http.DuoResponse;
import java.util.List;

/** The chain from one position on: each {@link #proceed} hands the call to the next step. */
record RealChain(List<Interceptor> interceptors, int index, Call call)
    implements Interceptor.Chain {

  RealChain {
    interceptors = List.copyOf(interceptors);
  }

  static DuoResponse run(List<Interceptor> interceptors, Call call) {
    return new RealChain(interceptors, 0, call).proceed(call);
  }

  @Override
  public DuoResponse proceed(Call next) {
    if (index >= interceptors.size()) {
      throw new IllegalStateException("the transport chain ended without sending " + next);
    }
    return interceptors.get(index).intercept(new RealChain(interceptors, index + 1, next));
  }
}
