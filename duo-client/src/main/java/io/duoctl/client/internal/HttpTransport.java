package io.duoctl.client.internal;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.RetryPolicy;
import io.duoctl.client.Sleeper;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.http.ExchangeObserver;
import io.duoctl.client.http.Pacing;
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
 * exceptions, {@code account_id} injection, parameter encoding, retry and back-off, pacing (per
 * attempt), clock-skew measurement, signing (per attempt), logging, and the java.net.http exchange.
 * Every call, its retries and back-off included, ends within the settings' call deadline.
 * Thread-safe.
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
      Optional<ProxyRouting> proxy,
      Duration callDeadline,
      Pacing pacing,
      ExchangeObserver exchangeObserver) {

    /** These settings with another deadline per call. */
    Settings withCallDeadline(Duration deadline) {
      return new Settings(
          version,
          algorithm,
          scheme,
          userAgent,
          requestTimeout,
          retryPolicy,
          sleeper,
          jitter,
          clock,
          proxy,
          deadline,
          pacing,
          exchangeObserver);
    }
  }

  private final HttpClient http;
  private final Settings settings;
  private final ClockSkew skew;
  private final List<Interceptor> signed;
  private final List<Interceptor> unsigned;

  public HttpTransport(HttpClient http, Settings settings, ClockSkew skew) {
    this.http = http;
    this.settings = settings;
    this.skew = skew;
    Interceptor exchange =
        new ExchangeInterceptor(
            http,
            settings.scheme(),
            settings.userAgent(),
            settings.requestTimeout(),
            settings.proxy(),
            settings.exchangeObserver());
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
            new PacingInterceptor(settings.pacing(), settings.clock()),
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
    return RealChain.run(signed, Call.of(target, request, budget()));
  }

  /** This transport on the same HTTP client, with another deadline for each call. */
  public HttpTransport withCallDeadline(Duration deadline) {
    return new HttpTransport(http, settings.withCallDeadline(deadline), skew);
  }

  private CallBudget budget() {
    return CallBudget.of(settings.clock(), settings.callDeadline());
  }

  /**
   * The same transport without signing or {@code account_id}, for Duo's unauthenticated calls
   * ({@code /auth/v2/ping}).
   */
  public Transport unsigned() {
    return (target, request) -> RealChain.run(unsigned, Call.of(target, request, budget()));
  }
}
