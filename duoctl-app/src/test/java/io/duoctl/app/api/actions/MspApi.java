package io.duoctl.app.api.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.core.settings.ProxySettings;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An MSP as the REST API sees it: the emulator with a parent account and named child accounts,
 * duoctl configured against it through its proxy with every child imported and mapped, the real
 * server on a free port, and tokens of each scope. Talks to the server over real HTTP.
 */
public final class MspApi implements AutoCloseable {

  /** One response: status, Location, the body as text and (when JSON) as a tree. */
  public record Reply(
      int status, Optional<String> location, String contentType, String text, JsonNode json) {
    public String code() {
      return json.path("error").path("code").asText();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static int parents;

  public final Duoctl duoctl;
  public final WebServer server;
  public final Map<String, Account> accounts = new LinkedHashMap<>();
  public final String readToken;
  public final String runToken;

  /** Every wait the Duo client asked for (back-off after 429s, pacing); none is slept. */
  public final List<Duration> waits = new CopyOnWriteArrayList<>();

  private final HttpClient http = HttpClient.newHttpClient();

  /** Child accounts named {@code organizations}, all mapped. */
  public MspApi(DuoEmulator duo, Path dataDir, List<String> organizations) {
    this(duo, dataDir, organizations, null);
  }

  /**
   * Like {@link #MspApi(DuoEmulator, Path, List)}, but the Duo client waits with {@code time}
   * (recording the waits in {@link #waits} too) and reads its clock, so that deadlines see the
   * back-off pass without real sleeping; null for the system clock and no waiting.
   */
  public MspApi(DuoEmulator duo, Path dataDir, List<String> organizations, VirtualTime time) {
    Clock clock = Clock.systemUTC();
    duoctl =
        Duoctl.start(
            new AppConfig(dataDir, null, null, null, null, "cli:tester"),
            clock,
            time == null
                ? new DuoClientFactory(clock, waits::add)
                : new DuoClientFactory(
                    time,
                    wait -> {
                      waits.add(wait);
                      time.sleep(wait);
                    }));
    try {
      accounts.putAll(addConfiguration(duo, "default", organizations));
      readToken = token("reader", ApiScope.READ);
      runToken = token("runner", ApiScope.RUN);
      server = WebServer.forDuoctl(duoctl, WebServerOptions.defaults().withPort(0));
    } catch (RuntimeException e) {
      duoctl.close();
      throw e;
    }
  }

  /**
   * Saves configuration {@code name} against a new parent account with child accounts named {@code
   * organizations}, imported and mapped in that configuration; returns them by name.
   */
  public Map<String, Account> addConfiguration(
      DuoEmulator duo, String name, List<String> organizations) {
    return addConfiguration(duoctl, duo, name, organizations);
  }

  /**
   * Saves configuration {@code name} of {@code duoctl} against a new parent account of {@code duo}
   * with child accounts named {@code organizations}, reached through the emulator's proxy, imported
   * and mapped in that configuration; returns them by name.
   */
  public static Map<String, Account> addConfiguration(
      Duoctl duoctl, DuoEmulator duo, String name, List<String> organizations) {
    Account parent = duo.givenParentAccount("REST MSP " + nextParent());
    IntegrationKeys keys = duo.givenAccountsApi(parent);
    Map<String, Account> children = new LinkedHashMap<>();
    organizations.forEach(org -> children.put(org, duo.givenChildAccount(parent, org)));
    configure(duoctl, duo, name, keys.apiHostname(), keys.integrationKey(), keys.secretKey());
    return children;
  }

  /**
   * Saves configuration {@code name} of {@code duoctl} with a parent account's Accounts API keys,
   * reached through {@code duo}'s proxy over plain HTTP, then fetches its child accounts and
   * imports and maps each one as an organization.
   */
  public static void configure(
      Duoctl duoctl,
      DuoEmulator duo,
      String name,
      String apiHostname,
      String integrationKey,
      String secretKey) {
    duoctl
        .settings()
        .save(
            ConfigurationUpdate.named(name)
                .withApi(DuoApi.ACCOUNTS, apiHostname, integrationKey, Secret.of(secretKey))
                .withAdvanced(
                    AdvancedSettings.defaults()
                        .withAllowPlainHttp(true)
                        .withProxy(
                            new ProxySettings(
                                "127.0.0.1", duo.proxyAddress().getPort(), null, null))),
            "cli:tester");
    duoctl.mapping().refreshAccounts(name, duoctl.accountDirectory(), "cli:tester");
    duoctl.organizationsFromDuo().importUnmapped(name, "cli:tester");
  }

  private static synchronized int nextParent() {
    return ++parents;
  }

  /** A new token's plaintext. */
  public String token(String name, ApiScope scope) {
    return duoctl.apiTokens().create(name, scope, Optional.empty(), "cli:tester").plaintext();
  }

  public Reply get(String path, String token) {
    return send("GET", path, token, null);
  }

  public Reply post(String path, String token, String json) {
    return send("POST", path, token, json);
  }

  /** {@code json} with single quotes for double quotes, for readable tests. */
  public static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  public Reply send(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUri() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json(body)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      String text = response.body();
      JsonNode tree =
          contentType.startsWith("application/json") && !text.isEmpty()
              ? JSON.readTree(text)
              : JSON.missingNode();
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Location"),
          contentType,
          text,
          tree);
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
    duoctl.close();
  }
}
