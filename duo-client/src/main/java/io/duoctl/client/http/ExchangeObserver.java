package io.duoctl.client.http;

import java.util.Objects;

/**
 * Told of each HTTP exchange with Duo: from sending one attempt to having read its whole reply (or
 * failing to). Retries are exchanges of their own; pacing waits, back-off sleeps, encoding and
 * signing are not exchanges. Called on the thread that made the call, right after the exchange.
 * Implementations are thread-safe, quick and do not throw.
 */
@FunctionalInterface
public interface ExchangeObserver {

  /** Observes nothing. */
  ExchangeObserver NONE = exchange -> {};

  void exchanged(Exchange exchange);

  /** Tells this observer, then {@code next}. */
  default ExchangeObserver andThen(ExchangeObserver next) {
    Objects.requireNonNull(next, "next");
    return exchange -> {
      exchanged(exchange);
      next.exchanged(exchange);
    };
  }
}
