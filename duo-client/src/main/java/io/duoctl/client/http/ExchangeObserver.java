package io.duoctl.client.http;

import java.time.Duration;

/**
 * Told how long each HTTP exchange with Duo took: from sending one attempt to having read its whole
 * reply (or failing to). Retries are exchanges of their own; pacing waits, back-off sleeps,
 * encoding and signing are not exchanges. Called on the thread that made the call, right after the
 * exchange. Implementations are thread-safe and quick.
 */
@FunctionalInterface
public interface ExchangeObserver {

  /** Observes nothing. */
  ExchangeObserver NONE = took -> {};

  void exchanged(Duration took);
}
