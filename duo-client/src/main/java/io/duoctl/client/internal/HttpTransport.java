package io.duoctl.client.internal;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.RetryPolicy;
import io.duoctl.client.Sleeper;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.http.Transport;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The real {@link Transport}: a chain of small steps, outermost first — error replies to
 * exceptions, {@code account_id} injection, parameter encoding, retry and back-off, clock-skew
 * measurement, signing (per attempt), logging, and the java.net.http exchange. Thread-safe.
 */
public final class HttpTransport implements Transport {

  /** Everything the steps need besides the HTTP client. */
  public record Settings(
      SignatureVersion version,
      HmacAlgorithm algorithm,
      String scheme,
      String userAgent,
      Duration requestTimeout,
      RetryPolicy retryPolicy,
      Sleeper sleeper,
      DoubleSupplier jitter,
      Clock clock,
      Optional<ProxyRouting> proxy) {}

  private final List<Interceptor> signed;
  private final List<Interceptor> unsigned;

  public HttpTransport(HttpClient http, Settings settings, ClockSkew skew) {
    Interceptor exchange =
        new ExchangeInterceptor(
            http,
            settings.scheme(),
            settings.userAgent(),
            settings.requestTimeout(),
            settings.proxy());
    Interceptor retry =
        new RetryInterceptor(
            settings.retryPolicy(), settings.sleeper(), settings.jitter(), settings.clock());
    Interceptor encoding = new EncodingInterceptor(settings.version());
    this.signed =
        List.of(
            new ErrorReplyInterceptor(),
            new AccountIdInterceptor(),
            encoding,
            retry,
            new ClockSkewInterceptor(skew),
            new SigningInterceptor(new Signer(settings.version(), settings.algorithm()), skew),
            new LoggingInterceptor(),
            exchange);
    this.unsigned =
        List.of(
            new ErrorReplyInterceptor(),
            encoding,
            retry,
            new ClockSkewInterceptor(skew),
            new LoggingInterceptor(),
            exchange);
  }

  @Override
  public DuoResponse send(DuoTarget target, DuoRequest request) {
    return RealChain.run(signed, Call.of(target, request));
  }

  /**
   * The same transport without signing or {@code account_id}, for Duo's unauthenticated calls
   * ({@code /auth/v2/ping}).
   */
  public Transport unsigned() {
    return (target, request) -> RealChain.run(unsigned, Call.of(target, request));
  }
}
