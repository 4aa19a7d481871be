package io.duoctl.core.logexport.sinks.syslog;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A syslog receiver on 127.0.0.1: reads octet-counted frames (RFC 6587 §3.4.1) from every
 * connection and keeps each whole message; a frame cut off by the end of a connection is counted
 * apart, never kept. Can stop (closing every connection) and start again on the same port.
 */
final class SyslogReceiver implements AutoCloseable {
  private final SSLContext tls;
  private final BlockingQueue<byte[]> messages = new LinkedBlockingQueue<>();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger cutOffFrames =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile int port;
  private ServerSocket server;

  /** A plain TCP receiver ({@code tls} null) or a TLS one. */
  SyslogReceiver(SSLContext tls) {
    this.tls = tls;
    start();
  }

  int port() {
    return port;
  }

  void start() {
    try {
      server = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      port = server.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ServerSocket listening = server;
    Thread.ofVirtual().start(() -> accept(listening));
  }

  void stop() throws IOException {
    server.close();
    for (Socket connection : connections) {
      connection.close();
    }
    connections.clear();
  }

  /** The next {@code count} whole messages, waiting up to 10 s for them. */
  List<byte[]> take(int count) throws InterruptedException {
    List<byte[]> taken = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (taken.size() < count) {
      byte[] message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (message == null) {
        throw new AssertionError("got " + taken.size() + " of " + count + " syslog messages");
      }
      taken.add(message);
    }
    return taken;
  }

  /** Whole messages received and not taken yet. */
  int waiting() {
    return messages.size();
  }

  int cutOffFrames() {
    return cutOffFrames.get();
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket connection = listening.accept();
        connections.add(connection);
        Thread.ofVirtual().start(() -> read(connection));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void read(Socket connection) {
    try (connection;
        InputStream in = new BufferedInputStream(connection.getInputStream())) {
      while (true) {
        int length = length(in);
        if (length < 0) {
          return;
        }
        byte[] message = in.readNBytes(length);
        if (message.length < length) {
          cutOffFrames.incrementAndGet();
          return;
        }
        messages.add(message);
      }
    } catch (IOException gone) {
      // the connection ended; whatever was whole was kept
    }
  }

  // The frame's length, or -1 at the end of the stream between frames.
  private int length(InputStream in) throws IOException {
    ByteArrayOutputStream digits = new ByteArrayOutputStream();
    for (int b = in.read(); b != ' '; b = in.read()) {
      if (b < 0) {
        if (digits.size() > 0) {
          cutOffFrames.incrementAndGet();
        }
        return -1;
      }
      if (b < '0' || b > '9') {
        throw new IOException("not an octet count: byte " + b);
      }
      digits.write(b);
    }
    return Integer.parseInt(digits.toString(java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
