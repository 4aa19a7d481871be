package io.duoctl.core.logexport;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A receiver of exported events: a file, a syslog server, an HTTP endpoint.
 *
 * <p>{@link #deliver} returns only once the receiver holds the whole batch as far as its protocol
 * can tell; only then may the caller advance its checkpoint. Delivery is at least once: after a
 * failure some events of the batch may have arrived, and delivering the batch again may repeat them
 * (each carries its {@link ExportedEvent#key()} to deduplicate by). A sink that failed reconnects
 * (reopens) by itself on the next {@code deliver}.
 *
 * <p>Implementations are thread-safe: concurrent deliveries to one sink run one after another.
 */
public interface Sink extends AutoCloseable {

  /** The sink's name as configured, used in every message about it. */
  String name();

  /**
   * Hands over {@code batch}, in order; an empty batch sends nothing.
   *
   * @throws SinkUnavailableException when the receiver could not be reached or asked to wait (retry
   *     later, possibly after {@link SinkUnavailableException#retryAfter()})
   * @throws SinkRejectedException when the receiver refused the batch in a way a retry cannot fix
   *     (credentials, mapping, format); the message names the fix
   */
  void deliver(List<ExportedEvent> batch);

  /**
   * For recovery after a crash between a delivery and its checkpoint: the keys of {@code events}
   * this sink is known to hold already, so that delivering the rest sends each event once. The
   * default knows none (the sink is at least once); a sink that can look (a file) answers.
   *
   * @param since when the delivery that may have left them began (its in-flight mark): the sink
   *     must look at everything it received from then on, however long ago that was
   * @throws SinkUnavailableException when the receiver cannot be asked now
   */
  default Set<String> alreadyHeld(List<ExportedEvent> events, Instant since) {
    return Set.of();
  }

  /** Releases the connection or file; a closed sink delivers nothing more. */
  @Override
  void close();
}
