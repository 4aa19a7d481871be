package io.duoctl.client.http;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoTarget;

/**
 * Sends one logical request to one Duo target: encodes, signs, retries as Duo's clients do, and
 * returns the successful HTTP response. Implementations are thread-safe.
 */
public interface Transport {

  /**
   * Sends {@code request} to {@code target}.
   *
   * @return the 2xx response
   * @throws DuoApiException (a subclass naming the failure) for any error reply or failure to reach
   *     Duo; its text never holds the secret key or parameter values
   */
  DuoResponse send(DuoTarget target, DuoRequest request);
}
