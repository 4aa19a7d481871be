package io.duoctl.core.logexport.sinks.syslog;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One connection to a syslog receiver. A receiver never sends anything, so a read that ends (or
 * fails) means it closed the connection; a read that times out means the connection is up. Not
 * thread-safe.
 */
final class SyslogConnection implements Closeable {

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private SyslogConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /**
   * Connects (and with {@code tls} non-null, completes a handshake that verifies the certificate
   * and that it names {@code host}).
   */
  static SyslogConnection open(String host, int port, SSLContext tls, Duration timeout)
      throws IOException {
    Socket plain = new Socket();
    try {
      plain.setTcpNoDelay(true);
      plain.setKeepAlive(true);
      plain.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      if (tls == null) {
        return new SyslogConnection(plain);
      }
      SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, true);
      SSLParameters parameters = secure.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      secure.setSSLParameters(parameters);
      secure.setSoTimeout((int) timeout.toMillis());
      secure.startHandshake();
      return new SyslogConnection(secure);
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
  }

  /**
   * Whether the receiver has closed (or reset) the connection, as far as can be seen within {@code
   * wait}.
   */
  boolean closedByPeer(Duration wait) {
    try {
      socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
      return in.read() < 0;
    } catch (SocketTimeoutException open) {
      return false;
    } catch (IOException broken) {
      return true;
    }
  }

  /**
   * Writes and flushes {@code bytes}; if that takes longer than {@code timeout} (a receiver that
   * stopped reading), the connection is closed and this throws.
   */
  void send(byte[] bytes, Duration timeout) throws IOException {
    CompletableFuture<Void> watchdog =
        CompletableFuture.runAsync(
            this::close,
            CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
    try {
      out.write(bytes);
      out.flush();
    } finally {
      watchdog.cancel(false);
    }
    if (socket.isClosed()) {
      throw new SocketTimeoutException("sending took over " + timeout.toSeconds() + " s");
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a broken connection can fail; it is gone either way
    }
  }
}
