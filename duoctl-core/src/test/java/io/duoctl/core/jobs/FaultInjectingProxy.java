package io.duoctl.core.jobs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A forward proxy in front of the emulator that answers a share of requests itself with 429 or 503
 * (never forwarding those) and records every request it forwarded, so a test can see what reached
 * Duo.
 */
final class FaultInjectingProxy implements AutoCloseable {

  /** A request that reached the emulator. */
  record Forwarded(String method, String host, String path, String query, String body) {}

  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "proxy-connection");

  private final HttpServer server;
  private final HttpClient upstream;
  private final Random random;
  private final double rateLimitShare;
  private final double serverErrorShare;
  private final List<Forwarded> forwarded = new ArrayList<>();
  private int rateLimited;
  private int serverErrors;

  FaultInjectingProxy(
      ProxySelector emulator, long seed, double rateLimitShare, double serverErrorShare) {
    this.random = new Random(seed);
    this.rateLimitShare = rateLimitShare;
    this.serverErrorShare = serverErrorShare;
    this.upstream = HttpClient.newBuilder().proxy(emulator).build();
    try {
      this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  synchronized List<Forwarded> forwarded() {
    return List.copyOf(forwarded);
  }

  synchronized int rateLimited() {
    return rateLimited;
  }

  synchronized int serverErrors() {
    return serverErrors;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      URI uri = exchange.getRequestURI();
      String method = exchange.getRequestMethod();
      double draw;
      synchronized (this) {
        draw = random.nextDouble();
        if (draw < rateLimitShare) {
          rateLimited++;
        } else if (draw < rateLimitShare + serverErrorShare) {
          serverErrors++;
        } else {
          forwarded.add(
              new Forwarded(
                  method,
                  uri.getHost(),
                  uri.getRawPath(),
                  uri.getRawQuery(),
                  new String(body, StandardCharsets.UTF_8)));
        }
      }
      if (draw < rateLimitShare) {
        reply(
            exchange,
            429,
            "{\"stat\": \"FAIL\", \"code\": 42901, \"message\": \"Too Many Requests\"}");
        return;
      }
      if (draw < rateLimitShare + serverErrorShare) {
        reply(
            exchange,
            503,
            "{\"stat\": \"FAIL\", \"code\": 50301, \"message\": \"Service Unavailable\"}");
        return;
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        if (!RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
          header.getValue().forEach(v -> request.header(header.getKey(), v));
        }
      }
      HttpResponse<byte[]> response =
          upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))
                    && !name.equalsIgnoreCase("transfer-encoding")
                    && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      exchange.sendResponseHeaders(
          response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    upstream.close();
  }
}
