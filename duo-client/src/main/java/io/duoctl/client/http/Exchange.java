package io.duoctl.client.http;

import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP exchange with Duo as an {@link ExchangeObserver} hears of it: which request, how it
 * ended and how long it took. Holds no secret: no parameters, headers or bodies, and a path with
 * any secret Duo puts in paths (a directory key) redacted.
 *
 * @param method the request's method
 * @param path the request's path without its query, e.g. {@code /admin/v1/users/DU123}
 * @param status Duo's HTTP status, or 0 when no answer came (a connection failure or timeout)
 * @param attempt which attempt of its call it was: 1 for the first, 2 for the first retry, ...
 * @param took from sending it to having read the whole reply (or failing to)
 */
public record Exchange(HttpMethod method, String path, int status, int attempt, Duration took) {

  public Exchange {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(took, "took");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be 1 or more, was " + attempt);
    }
  }

  /** Whether Duo answered at all, whatever the status. */
  public boolean answered() {
    return status != 0;
  }

  /** Whether it was a retry of its call rather than the first attempt. */
  public boolean retry() {
    return attempt > 1;
  }
}
