package io.duoctl.client.internal;

import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.http.DuoResponse;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

/**
 * Logs each attempt at DEBUG on the {@code io.duoctl.client} logger: method, host, path (directory
 * keys redacted), status and duration. Never headers, parameters or bodies.
 */
final class LoggingInterceptor implements Interceptor {

  static final String LOGGER_NAME = "io.duoctl.client";
  private static final System.Logger LOG = System.getLogger(LOGGER_NAME);

  @Override
  public DuoResponse intercept(Chain chain) {
    Call call = chain.call();
    if (!LOG.isLoggable(Level.DEBUG)) {
      return chain.proceed(call);
    }
    long start = System.nanoTime();
    try {
      DuoResponse response = chain.proceed(call);
      LOG.log(
          Level.DEBUG,
          "{0} -> {1} in {2} ms",
          call.toString(),
          Integer.toString(response.status()),
          millisSince(start));
      return response;
    } catch (DuoConnectionException e) {
      LOG.log(
          Level.DEBUG,
          "{0} -> {1} after {2} ms",
          call.toString(),
          e.kind().name(),
          millisSince(start));
      throw e;
    }
  }

  private static String millisSince(long start) {
    return Long.toString(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }
}
