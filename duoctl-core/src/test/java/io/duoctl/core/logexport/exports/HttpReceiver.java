package io.duoctl.core.logexport.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP endpoint taking JSON arrays of events; it answers 503 while {@link #failing}. */
final class HttpReceiver implements AutoCloseable {
  private final HttpServer server;
  private final List<String> keys = new ArrayList<>();
  volatile boolean failing;
  final AtomicInteger refused = new AtomicInteger();

  HttpReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/events",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          if (failing) {
            refused.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
          }
          JsonNode batch = ExportWorld.JSON.readTree(body);
          synchronized (keys) {
            batch.forEach(event -> keys.add(event.get("key").asText()));
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
  }

  List<String> keys() {
    synchronized (keys) {
      return List.copyOf(keys);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
