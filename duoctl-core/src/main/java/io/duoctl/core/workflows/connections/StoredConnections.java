package io.duoctl.core.workflows.connections;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.secrets.Secret;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Sends a workflow's HTTP requests through the connections of a {@link ConnectionService}: to the
 * connection's base URL plus the step's path, with its stored headers, {@code Accept:
 * application/json} (unless a stored {@code Accept} says otherwise) and a JSON body. Redirects are
 * not followed (a 3xx is the reply), the whole exchange must end within the timeout, and a body
 * over the cap is dropped with a note. Errors name the connection, the method and path, never a
 * header value. Goes direct (no proxy). Thread-safe; the HTTP client starts with the first request.
 */
public final class StoredConnections implements ConnectionCalls, AutoCloseable {
  /** How long a request may take, connecting included, unless told otherwise. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** The largest answer body kept, in bytes. */
  public static final int MAX_BODY = 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConnectionService connections;
  private final Duration timeout;
  private final int maxBody;
  private HttpClient client;
  private boolean closed;

  /** Sends through {@code connections} with a 30 s timeout and a 1 MiB answer cap. */
  public StoredConnections(ConnectionService connections) {
    this(connections, TIMEOUT, MAX_BODY);
  }

  StoredConnections(ConnectionService connections, Duration timeout, int maxBody) {
    this.connections = connections;
    this.timeout = timeout;
    this.maxBody = maxBody;
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidHttpCallException if the method, path or body is refused (nothing is sent)
   */
  @Override
  public HttpReply send(String connection, String method, String path, JsonNode body) {
    ConnectionService.Target target = connections.target(connection);
    HttpCallRules.Call call =
        HttpCallRules.check(connection, target.connection().baseUrl(), method, path, body);
    HttpRequest request = request(call, target, body);
    String what = call.method() + " " + pathOnly(path);
    CompletableFuture<HttpResponse<CappedBody.Bytes>> answer =
        client().sendAsync(request, info -> new CappedBody(maxBody));
    try {
      HttpResponse<CappedBody.Bytes> response =
          answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new HttpReply(
          response.statusCode(),
          ReplyBodies.of(response.body(), response.headers().firstValue("Content-Type"), maxBody));
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw failed(connection, target, what, "no full answer within " + seconds(), e);
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw failed(connection, target, what, "interrupted while waiting for the answer", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw failed(connection, target, what, reason(cause), cause);
    }
  }

  private HttpRequest request(
      HttpCallRules.Call call, ConnectionService.Target target, JsonNode body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(call.uri())
            .timeout(timeout)
            .setHeader("Accept", "application/json")
            .setHeader("User-Agent", "duoctl");
    target.headers().forEach((name, value) -> request.setHeader(name, value.reveal()));
    if (HttpCallRules.hasBody(body)) {
      request.setHeader("Content-Type", "application/json");
      request.method(call.method(), HttpRequest.BodyPublishers.ofByteArray(json(body)));
    } else {
      request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    }
    return request.build();
  }

  private static byte[] json(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the body as JSON", e);
    }
  }

  private String reason(Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return "connecting took over " + seconds();
    }
    if (cause instanceof HttpTimeoutException) {
      return "no answer within " + seconds();
    }
    if (cause instanceof ConnectException) {
      return "could not connect (refused, or the host is unknown or unreachable)";
    }
    if (cause instanceof SSLException) {
      return "TLS failed: " + cause.getMessage();
    }
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  private static ConnectionFailedException failed(
      String connection, ConnectionService.Target target, String what, String reason, Throwable e) {
    URI base = URI.create(target.connection().baseUrl());
    String message =
        redact(
            "connection "
                + connection
                + ": "
                + what
                + " to "
                + base.getScheme()
                + "://"
                + base.getRawAuthority()
                + " got no answer: "
                + reason
                + "; check the base URL (`duoctl connections show "
                + connection
                + "`) and that the server answers",
            target.headers().values());
    return new ConnectionFailedException(
        message, mentionsAny(e, target.headers().values()) ? null : e);
  }

  /** Replaces any header value in {@code text} (a server could echo one into an error). */
  private static String redact(String text, Collection<Secret> values) {
    String redacted = text;
    for (Secret value : values) {
      redacted = redacted.replace(value.reveal(), "[redacted]");
    }
    return redacted;
  }

  @SuppressWarnings("ReferenceEquality") // a cause that is the exception itself ends the chain
  private static boolean mentionsAny(Throwable e, Collection<Secret> values) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String text = String.valueOf(cause.getMessage());
      if (values.stream().anyMatch(value -> text.contains(value.reveal()))) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }

  private static String pathOnly(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private String seconds() {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private synchronized HttpClient client() {
    if (closed) {
      throw new IllegalStateException("duoctl is shutting down; no more requests are sent");
    }
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .connectTimeout(timeout)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    }
    return client;
  }

  /** Stops the HTTP client, if one started; requests in flight fail. */
  @Override
  public synchronized void close() {
    closed = true;
    if (client != null) {
      client.shutdownNow();
    }
  }
}
