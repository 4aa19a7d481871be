package io.duoctl.core.logexport.sinks.syslog;

import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.ExportedEventJson;
import io.duoctl.core.logexport.Sink;
import io.duoctl.core.logexport.SinkRejectedException;
import io.duoctl.core.logexport.SinkUnavailableException;
import io.duoctl.core.logexport.sinks.syslog.SyslogSinkConfig.Payload;
import io.duoctl.core.logexport.sinks.syslog.SyslogSinkConfig.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

/**
 * Sends each batch as RFC 5424 messages ({@link Rfc5424}), one per event, framed by octet counting,
 * over one kept-open TCP or TLS connection. {@link #deliver} returns once the whole batch was
 * written and flushed on a connection the receiver had not closed before or after: TCP syslog has
 * no acknowledgement, so that is as far as the protocol can tell. A connection the receiver closed
 * is replaced by a new one at the start of the next delivery.
 *
 * <p>At least once: when a delivery fails, the receiver may have got some whole messages of the
 * batch (it can tell them by their {@code key}); a message cut off by the failure is an incomplete
 * frame, which the receiver cannot take for a message. The next delivery connects anew and sends
 * the whole batch. Nothing is opened until the first delivery. Thread-safe.
 */
public final class SyslogSink implements Sink {
  // A receiver that went away answers the batch's first bytes with a reset; give it time to arrive.
  private static final Duration SETTLE = Duration.ofMillis(25);
  private static final Duration PEEK = Duration.ofMillis(1);

  private final SyslogSinkConfig config;
  private final SSLContext tls;
  private final String localHostname;
  private final ReentrantLock lock = new ReentrantLock();
  private Rfc5424 format;
  private SyslogConnection connection;
  private boolean closed;

  /**
   * @param tls the TLS context to connect with ({@link
   *     io.duoctl.core.logexport.sinks.tls.TlsTrust#sslContext}); ignored for TCP
   * @param localHostname the HOSTNAME sent when the config names none ({@code -} if unknown)
   */
  public SyslogSink(SyslogSinkConfig config, SSLContext tls, String localHostname) {
    this.config = config;
    this.localHostname = localHostname;
    this.tls = config.transport() == Transport.TLS ? tls : null;
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public void deliver(List<ExportedEvent> batch) {
    if (batch.isEmpty()) {
      return;
    }
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("sink " + name() + " is closed");
      }
      send(frames(batch));
    } finally {
      lock.unlock();
    }
  }

  private void send(byte[] frames) {
    try {
      if (connection != null && connection.closedByPeer(PEEK)) {
        disconnect();
      }
      if (connection == null) {
        connection = SyslogConnection.open(config.host(), config.port(), tls, config.timeout());
      }
      connection.send(frames, config.timeout());
      if (connection.closedByPeer(SETTLE)) {
        disconnect();
        throw new SinkUnavailableException(
            name(),
            config.address()
                + " closed the connection while the batch was sent; part of it may have arrived,"
                + " it will be sent again whole",
            null,
            null);
      }
    } catch (SSLHandshakeException e) {
      disconnect();
      throw new SinkRejectedException(
          name(),
          "TLS with "
              + config.address()
              + " failed: "
              + e.getMessage()
              + "; check that the receiver's certificate names "
              + config.host()
              + " and is signed by a CA in ca_file or trust_store",
          e);
    } catch (IOException e) {
      disconnect();
      throw new SinkUnavailableException(
          name(),
          "cannot send to "
              + config.address()
              + ": "
              + e.getMessage()
              + "; check that the receiver runs and is reachable",
          null,
          e);
    }
  }

  private byte[] frames(List<ExportedEvent> batch) {
    Rfc5424 messages = format();
    ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 700);
    for (ExportedEvent event : batch) {
      String body =
          config.payload() == Payload.CEF ? CefEvents.of(event) : ExportedEventJson.line(event);
      Rfc5424.frame(messages.message(event, body), out);
    }
    return out.toByteArray();
  }

  private Rfc5424 format() {
    if (format == null) {
      String hostname = config.hostname() != null ? config.hostname() : localHostname;
      format =
          new Rfc5424(config.facility(), hostname, Long.toString(ProcessHandle.current().pid()));
    }
    return format;
  }

  private void disconnect() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      disconnect();
    } finally {
      lock.unlock();
    }
  }
}
