package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.app.web.WebModule;
import io.duoctl.app.web.WebModules;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.settings.DuoClientFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A started {@link Duoctl} on a temporary data directory with its {@link WebServer} on a free port,
 * and an HTTP client that keeps every response (for the secret scan).
 */
final class ApiHarness implements AutoCloseable {
  /**
   * One response: status, headers' WWW-Authenticate, the body as text and, when it is JSON, as JSON
   * (else a null node).
   */
  record Reply(int status, Optional<String> wwwAuthenticate, String text, JsonNode json) {
    String code() {
      return json.path("error").path("code").asText();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  final Duoctl duoctl;
  final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Reply> replies = Collections.synchronizedList(new ArrayList<>());

  /** Serves the modules {@code modules} builds over the started duoctl. */
  ApiHarness(Path dataDir, WebServerOptions options, Function<Duoctl, List<WebModule>> modules) {
    Clock clock = Clock.systemUTC();
    this.duoctl =
        Duoctl.start(
            new AppConfig(dataDir, null, null, null, null, "cli:tester"),
            clock,
            new DuoClientFactory(clock, d -> {}));
    try {
      this.server =
          WebServer.start(options.withPort(0), WebModules.jsonMapper(), modules.apply(duoctl));
    } catch (RuntimeException e) {
      duoctl.close();
      throw e;
    }
  }

  /** Serves everything duoctl serves ({@link WebModules#forDuoctl}). */
  ApiHarness(Path dataDir) {
    this(
        dataDir,
        WebServerOptions.defaults(),
        d -> WebModules.forDuoctl(d, WebServerOptions.defaults()));
  }

  /** A new token's plaintext. */
  String token(String name, ApiScope scope) {
    return duoctl.apiTokens().create(name, scope, Optional.empty(), "cli:tester").plaintext();
  }

  /**
   * Saves {@code keys} as the default configuration without validating them against Duo, and fails
   * the test unless it is created.
   */
  void saveConfiguration(String adminToken, DuoKeys keys) {
    Reply saved =
        put("/api/v1/configurations/default?validate=false", adminToken, keys.configurationJson());
    assertThat(saved.status()).as(saved.text()).isEqualTo(201);
  }

  Reply get(String path, String token) {
    return send("GET", path, token, null, "application/json");
  }

  Reply delete(String path, String token) {
    return send("DELETE", path, token, null, "application/json");
  }

  Reply post(String path, String token, String body) {
    return send("POST", path, token, body, "application/json");
  }

  Reply put(String path, String token, String body) {
    return send("PUT", path, token, body, "application/json");
  }

  Reply patch(String path, String token, String body) {
    return send("PATCH", path, token, body, "application/json");
  }

  Reply send(String method, String path, String token, String body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUri() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null && contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  /** A POST of exactly {@code body} with exactly {@code headers}, e.g. a signed delivery. */
  Reply post(String path, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUri() + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      boolean isJson =
          response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
      JsonNode json = text.isEmpty() || !isJson ? JSON.nullNode() : JSON.readTree(text);
      Reply reply =
          new Reply(
              response.statusCode(), response.headers().firstValue("WWW-Authenticate"), text, json);
      replies.add(reply);
      return reply;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every response body so far, concatenated (for the secret scan). */
  String everyReply() {
    StringBuilder all = new StringBuilder();
    replies.forEach(r -> all.append(r.text()).append('\n'));
    return all.toString();
  }

  @Override
  public void close() {
    server.close();
    duoctl.close();
  }
}
