package io.duoctl.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP(S) server on a free loopback port that records every request and answers from a queue
 * of canned replies, then from a dispatcher (default: {@code {"stat":"OK","response":{}}}).
 */
public final class RecordingServer implements AutoCloseable {

  private final HttpServer server;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Queue<Reply> queue = new ConcurrentLinkedQueue<>();
  private volatile Function<RecordedRequest, Reply> dispatcher = request -> Reply.ok("{}");

  private RecordingServer(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  public static RecordingServer start() throws IOException {
    return new RecordingServer(HttpServer.create(loopback(), 0));
  }

  public static RecordingServer startHttps(SSLContext context) throws IOException {
    HttpsServer server = HttpsServer.create(loopback(), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    return new RecordingServer(server);
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  /** {@code 127.0.0.1:<port>}, to use as a target host. */
  public String host() {
    return "127.0.0.1:" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public RecordingServer enqueue(Reply reply) {
    queue.add(reply);
    return this;
  }

  /** Answers every request not served from the queue. */
  public RecordingServer dispatch(Function<RecordedRequest, Reply> newDispatcher) {
    this.dispatcher = newDispatcher;
    return this;
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The only request received; fails if there were more or none. */
  public RecordedRequest onlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + requests.size());
    }
    return requests.get(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
      RecordedRequest request =
          new RecordedRequest(
              exchange.getRequestMethod(), exchange.getRequestURI(), headers, in.readAllBytes());
      requests.add(request);
      Reply reply = queue.poll();
      if (reply == null) {
        reply = dispatcher.apply(request);
      }
      if (!reply.delay().isZero()) {
        Thread.sleep(reply.delay());
      }
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
