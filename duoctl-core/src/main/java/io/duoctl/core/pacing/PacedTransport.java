package io.duoctl.core.pacing;

import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.http.Transport;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A transport that waits for its {@link RequestPacer} before each request, so that many runs on the
 * same Duo keys (a fan-out over child accounts) share Duo's allowance instead of racing into 429s
 * and exhausting the clients' back-off. Thread-safe.
 */
public final class PacedTransport implements Transport {

  /** Directory sync puts the directory key in the path; error texts never show it. */
  private static final Pattern DIRECTORY_KEY =
      Pattern.compile("(/directorysync/)[^/?]+", Pattern.CASE_INSENSITIVE);

  private final Transport delegate;
  private final RequestPacer pacer;

  public PacedTransport(Transport delegate, RequestPacer pacer) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
  }

  @Override
  public DuoResponse send(DuoTarget target, DuoRequest request) {
    try {
      pacer.pace(target, request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DuoConnectionException(
          DuoConnectionException.Kind.INTERRUPTED,
          "interrupted while waiting for Duo's rate limit",
          request.method().name(),
          DIRECTORY_KEY.matcher(request.path()).replaceAll("$1***"),
          e);
    }
    return delegate.send(target, request);
  }
}
