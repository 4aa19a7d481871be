package io.duoctl.core.logexport.rules;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP endpoint that records what a webhook action posts and answers a chosen status. */
final class Receiver implements AutoCloseable {
  /** One request as received: its headers (lower-case names) and body. */
  record Received(Map<String, String> headers, String body) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  volatile int status = 200;
  private HttpServer server;
  private final int port;

  Receiver() {
    this(0);
  }

  Receiver(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/hook",
        exchange -> {
          Map<String, String> headers = new java.util.TreeMap<>();
          exchange
              .getRequestHeaders()
              .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.getFirst()));
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int answer = status;
          if (answer < 300) {
            received.add(new Received(headers, body));
          }
          exchange.sendResponseHeaders(answer, -1);
          exchange.close();
        });
    server.start();
    this.port = server.getAddress().getPort();
  }

  int port() {
    return port;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + port + "/hook");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
