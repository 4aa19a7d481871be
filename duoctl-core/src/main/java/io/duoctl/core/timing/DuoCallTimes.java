package io.duoctl.core.timing;

import io.duoctl.client.http.Exchange;
import io.duoctl.client.http.ExchangeObserver;
import java.time.Duration;

/**
 * Adds up the time Duo calls spend in HTTP exchanges, per piece of work a thread measures (a REST
 * request): {@link #start()} opens a {@link Span} on the calling thread, every exchange the thread
 * makes until the span closes is counted in it. Exchanges on threads without an open span are not
 * counted. Given to every Duo client as its {@link ExchangeObserver}. Thread-safe.
 */
public final class DuoCallTimes implements ExchangeObserver {

  // One per application: two applications in one JVM (tests, benches) must not count each other's.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<Span> current = new ThreadLocal<>();

  /** Starts counting this thread's exchanges; close the span on the same thread. */
  public Span start() {
    Span span = new Span(current.get());
    current.set(span);
    return span;
  }

  @Override
  public void exchanged(Exchange exchange) {
    Span span = current.get();
    if (span != null) {
      span.add(exchange.took().toNanos());
    }
  }

  /** The exchanges of one piece of work; read it after the work, on its thread. */
  public final class Span implements AutoCloseable {
    private final Span outer;
    private long nanos;
    private int exchanges;
    private boolean closed;

    private Span(Span outer) {
      this.outer = outer;
    }

    private void add(long took) {
      nanos += took;
      exchanges++;
    }

    /** The time spent in exchanges with Duo so far. */
    public Duration duoTime() {
      return Duration.ofNanos(nanos);
    }

    /** How many exchanges (attempts, retries included) were made so far. */
    public int exchanges() {
      return exchanges;
    }

    /** Stops counting; an enclosing span gets this one's exchanges too. */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (outer == null) {
        current.remove();
      } else {
        outer.nanos += nanos;
        outer.exchanges += exchanges;
        current.set(outer);
      }
    }
  }
}
