package io.duoctl.client.internal;

import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.http.Exchange;
import io.duoctl.client.http.ExchangeObserver;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The last step: sends the encoded, signed call with java.net.http and returns the reply whatever
 * its status, waiting no longer than the request timeout or what is left of the call's deadline. A
 * failure to get an answer becomes a {@link DuoConnectionException} naming its kind.
 */
final class ExchangeInterceptor implements Interceptor {

  private final HttpClient http;
  private final String scheme;
  private final String userAgent;
  private final Duration requestTimeout;
  private final Optional<ProxyRouting> proxy;
  private final ExchangeObserver observer;

  ExchangeInterceptor(
      HttpClient http,
      String scheme,
      String userAgent,
      Duration requestTimeout,
      Optional<ProxyRouting> proxy,
      ExchangeObserver observer) {
    this.http = http;
    this.scheme = scheme;
    this.userAgent = userAgent;
    this.requestTimeout = requestTimeout;
    this.proxy = proxy;
    this.observer = observer;
  }

  @Override
  public DuoResponse intercept(Chain chain) {
    Call call = chain.call();
    HttpRequest request = toHttpRequest(call);
    HttpResponse<byte[]> response;
    int status = 0;
    long started = System.nanoTime();
    try {
      response = http.send(request, BodyHandlers.ofByteArray());
      status = response.statusCode();
    } catch (IOException e) {
      throw ConnectionFailures.toException(e, call);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DuoConnectionException(
          DuoConnectionException.Kind.INTERRUPTED,
          "interrupted while calling " + call.target().host(),
          call.request().method().name(),
          call.safePath(),
          e);
    } finally {
      observer.exchanged(
          new Exchange(
              call.request().method(),
              call.safePath(),
              status,
              Math.max(1, call.budget().attempts()),
              Duration.ofNanos(System.nanoTime() - started)));
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    return new DuoResponse(response.statusCode(), headers, response.body());
  }

  private HttpRequest toHttpRequest(Call call) {
    WireRequest wire = call.requireWire();
    String query = wire.query().isEmpty() ? "" : "?" + wire.query();
    URI uri = uri(call, query);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(call.budget().attemptTimeout(requestTimeout))
            .header("User-Agent", userAgent)
            .method(
                call.request().method().name(),
                wire.hasBody() ? BodyPublishers.ofByteArray(wire.body()) : BodyPublishers.noBody());
    wire.contentType().ifPresent(type -> builder.header("Content-Type", type));
    call.headers().forEach(builder::header);
    proxy
        .flatMap(p -> p.proxyAuthorizationFor(uri))
        .ifPresent(value -> builder.header("Proxy-Authorization", value));
    return builder.build();
  }

  private URI uri(Call call, String query) {
    String text = scheme + "://" + call.target().host() + call.request().path() + query;
    try {
      return URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "path of "
              + call
              + " is not a valid encoded URI path; percent-encode path segments first",
          e);
    }
  }
}
