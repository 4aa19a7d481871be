package io.duoctl.core.workflows.connections;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in PSA on 127.0.0.1 and a free port: answers each path as told (200 {@code {}} unless
 * told otherwise) and records every request it got.
 */
final class LocalPsa implements AutoCloseable {
  /** One request as the server received it; header names in lower case. */
  record Received(
      String method, String pathAndQuery, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : String.join(",", values);
    }
  }

  /** What to answer. */
  record Answer(int status, String contentType, String body, Map<String, String> headers) {
    static Answer json(int status, String body) {
      return new Answer(status, "application/json", body, Map.of());
    }
  }

  /** Answers one exchange (may block, e.g. to be slow). */
  @FunctionalInterface
  interface Handler {
    Answer answer(Received request) throws InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();

  LocalPsa() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL of the server plus {@code path}, e.g. {@code http://127.0.0.1:PORT/api}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  LocalPsa on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, List<String>> headers = new ConcurrentHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
      Received request =
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath()
                  + (exchange.getRequestURI().getRawQuery() == null
                      ? ""
                      : "?" + exchange.getRequestURI().getRawQuery()),
              headers,
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      received.add(request);
      Handler handler =
          handlers.getOrDefault(exchange.getRequestURI().getRawPath(), r -> Answer.json(200, "{}"));
      Answer answer;
      try {
        answer = handler.answer(request);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      if (answer.contentType() != null) {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      }
      answer.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
