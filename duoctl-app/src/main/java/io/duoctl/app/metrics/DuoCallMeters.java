package io.duoctl.app.metrics;

import io.duoctl.client.http.Exchange;
import io.duoctl.client.http.ExchangeObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;

/**
 * Times every exchange with Duo (each attempt, retries included) by API and outcome, and counts the
 * 429s Duo answered and the retries sent, by API. Tags hold nothing of the request itself.
 */
final class DuoCallMeters implements ExchangeObserver {
  static final List<String> APIS = List.of("admin", "accounts", "auth", "other");

  private static final Duration[] BUCKETS = {
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofSeconds(60)
  };

  private final MeterRegistry registry;

  DuoCallMeters(MeterRegistry registry) {
    this.registry = registry;
    for (String api : APIS) {
      rateLimited(api);
      retries(api);
    }
  }

  @Override
  public void exchanged(Exchange exchange) {
    String api = api(exchange.path());
    Timer.builder("duoctl.duo.requests")
        .description("HTTP exchanges with Duo, each attempt on its own, by API and outcome")
        .tags("api", api, "outcome", outcome(exchange))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(exchange.took());
    if (exchange.status() == 429) {
      rateLimited(api).increment();
    }
    if (exchange.retry()) {
      retries(api).increment();
    }
  }

  private Counter rateLimited(String api) {
    return Counter.builder("duoctl.duo.rate.limited")
        .description("Answers of 429 Too Many Requests from Duo")
        .tag("api", api)
        .register(registry);
  }

  private Counter retries(String api) {
    return Counter.builder("duoctl.duo.retries")
        .description("Requests to Duo sent again after a 429, a 5xx or a lost answer")
        .tag("api", api)
        .register(registry);
  }

  /** The Duo API a path belongs to, by its first segment. */
  static String api(String path) {
    for (String api : APIS) {
      if (path.startsWith("/" + api + "/")) {
        return api;
      }
    }
    return "other";
  }

  /**
   * {@code 2xx}, {@code 4xx}, {@code 5xx} (any class by its digit), {@code 429}, or {@code
   * connection} without an answer.
   */
  static String outcome(Exchange exchange) {
    if (!exchange.answered()) {
      return "connection";
    }
    if (exchange.status() == 429) {
      return "429";
    }
    return exchange.status() / 100 + "xx";
  }
}
