package io.duoctl.core.workflows.connections;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer's body up to a number of bytes; past it, stops reading (the rest is never
 * held) and says the body was cut. The HTTP client calls it on one thread at a time.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {
  /** The body read, and whether it went on past the cap. */
  record Bytes(byte[] bytes, boolean cut) {}

  private final int cap;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final CompletableFuture<Bytes> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBody(int cap) {
    this.cap = cap;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      if (buffer.size() + item.remaining() > cap) {
        subscription.cancel();
        result.complete(new Bytes(new byte[0], true));
        return;
      }
      byte[] bytes = new byte[item.remaining()];
      item.get(bytes);
      buffer.write(bytes, 0, bytes.length);
    }
  }

  @Override
  public void onError(Throwable failure) {
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    result.complete(new Bytes(buffer.toByteArray(), false));
  }

  @Override
  public CompletionStage<Bytes> getBody() {
    return result;
  }
}
