package io.duoctl.app.console;

import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.access.TrustedProxies;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.model.Account;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** duoctl and the console on a free port, spoken to over plain HTTP (no browser). */
final class ConsoleServer implements AutoCloseable {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  final Duoctl app;
  private final WebServer server;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  ConsoleServer(Path dataDir) {
    this(dataDir, TrustedProxies.none());
  }

  /**
   * A console behind reverse proxies at {@code proxies} (all requests here come from 127.0.0.1).
   */
  ConsoleServer(Path dataDir, TrustedProxies proxies) {
    app =
        Duoctl.start(
            new AppConfig(dataDir, null, null, null, null, "test:http"),
            Clock.systemUTC(),
            new DuoClientFactory(Clock.systemUTC(), d -> {}));
    app.firstOperatorSetup().issueIfNeeded(); // as the server does at start
    server =
        WebServer.forDuoctl(
            app, WebServerOptions.defaults().withPort(0).withTrustedProxies(proxies));
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET().build());
  }

  HttpResponse<String> postForm(String path, String form, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /** A JSON request, e.g. to the REST API with an {@code Authorization} header. */
  HttpResponse<String> json(String method, String path, String body, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Creates an operator with {@code role} and signs in; returns the session cookie. */
  String signedIn(String username, io.duoctl.core.access.ApiScope role) {
    String password = "correct horse battery staple";
    app.operators().create(username, password.toCharArray(), role, "test");
    HttpResponse<String> page = get("/console/sign-in");
    HttpResponse<String> response =
        postForm(
            "/console/sign-in",
            "username=" + username + "&password=" + password + "&_csrf=" + csrfToken(page),
            "Cookie",
            sessionCookie(page));
    if (response.statusCode() != 303) {
      throw new AssertionError("sign-in failed: " + response.statusCode());
    }
    return sessionCookie(response);
  }

  /** The CSRF token of the session behind {@code cookie}. */
  String csrfTokenOf(String cookie) {
    return csrfToken(get("/console/actions", "Cookie", cookie));
  }

  /** Saves configuration {@code name} with well-formed Accounts API keys, without validating. */
  void saveConfiguration(String name) {
    app.settings()
        .save(
            ConfigurationUpdate.named(name)
                .withApi(
                    DuoApi.ACCOUNTS,
                    "api-12345678.duosecurity.com",
                    "DIAAAAAAAAAAAAAAAAAA",
                    Secret.of("s".repeat(40))),
            "test");
  }

  /**
   * Makes {@code duo} this console's Duo: configuration {@code default} against a new parent
   * account with child accounts named {@code organizations}, each imported and mapped; returns them
   * by name.
   */
  Map<String, Account> customersAt(DuoEmulator duo, List<String> organizations) {
    return MspApi.addConfiguration(app, duo, "default", organizations);
  }

  /** The session cookie ({@code name=value}) a response sets. */
  static String sessionCookie(HttpResponse<String> response) {
    String header = response.headers().firstValue("Set-Cookie").orElseThrow();
    return header.substring(0, header.indexOf(';'));
  }

  /** The CSRF token of the first form of a page. */
  static String csrfToken(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("no CSRF field in the page");
    }
    return m.group(1);
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    app.close();
  }
}
