package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ApiCredentials;
import io.duoctl.core.settings.ApiCredentialsInput;
import io.duoctl.core.settings.ApiKeyRules;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.ProxySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code duoctl config set}: saves hosts and integration keys given as options, secret keys read
 * from a hidden prompt, stdin or a file (never argv), then validates and prints the report.
 */
@Command(
    name = "set",
    description = {
      "Saves Duo API keys (creating the configuration if needed), then validates them.",
      "Hosts and integration keys are options; secret keys are read from a prompt without echo,"
          + " from stdin (--secret-keys-from-stdin: one per line, 'admin=...' or in the order"
          + " auth, accounts, admin) or from a file (--secret-keys-file). Never from the command"
          + " line. Exit code 1 when validation fails (the settings stay saved)."
    })
final class ConfigSetCommand extends AppCommand {
  private static final String PROXY = "proxy";

  @Option(names = "--auth-host", paramLabel = "HOST", description = "Auth API hostname.")
  String authHost;

  @Option(names = "--auth-ikey", paramLabel = "IKEY", description = "Auth API integration key.")
  String authIkey;

  @Option(names = "--accounts-host", paramLabel = "HOST", description = "Accounts API hostname.")
  String accountsHost;

  @Option(
      names = "--accounts-ikey",
      paramLabel = "IKEY",
      description = "Accounts API integration key.")
  String accountsIkey;

  @Option(names = "--admin-host", paramLabel = "HOST", description = "Admin API hostname.")
  String adminHost;

  @Option(names = "--admin-ikey", paramLabel = "IKEY", description = "Admin API integration key.")
  String adminIkey;

  @Option(
      names = "--remove",
      paramLabel = "API",
      split = ",",
      description = "Remove the keys of these APIs: ${COMPLETION-CANDIDATES}.")
  List<DuoApi> remove = new ArrayList<>();

  @Option(
      names = "--secret-keys-from-stdin",
      description = "Read the secret keys (and a proxy password) from stdin.")
  boolean fromStdin;

  @Option(
      names = "--secret-keys-file",
      paramLabel = "FILE",
      description = "Read the secret keys (and a proxy password) from this file.")
  Path secretsFile;

  @Option(
      names = "--signature-version",
      paramLabel = "V",
      completionCandidates = WireNameOptions.SignatureVersions.class,
      description = "Request signing: ${COMPLETION-CANDIDATES}.")
  SignatureVersion signatureVersion;

  @Option(names = "--connect-timeout", paramLabel = "SECONDS", description = "Connect timeout.")
  Integer connectTimeout;

  @Option(names = "--request-timeout", paramLabel = "SECONDS", description = "Request timeout.")
  Integer requestTimeout;

  @Option(
      names = "--call-deadline",
      paramLabel = "SECONDS",
      description =
          "Most time one Duo call of a background job may take, retries included (default 120).")
  Integer callDeadline;

  @Option(
      names = "--sync-call-deadline",
      paramLabel = "SECONDS",
      description =
          "Most time one Duo call may take when someone waits: the CLI, a REST run, the console"
              + " (default 25).")
  Integer syncCallDeadline;

  @Option(
      names = "--proxy",
      paramLabel = "HOST:PORT",
      description = "HTTP proxy for calls to Duo ('none' removes it).")
  String proxy;

  @Option(
      names = "--proxy-user",
      paramLabel = "USER",
      description = "Proxy user; the password is read like the secret keys ('proxy=...').")
  String proxyUser;

  @Option(
      names = "--trust-store",
      paramLabel = "FILE",
      description =
          "PEM CA file or PKCS12/JKS trust store for Duo's TLS ('default' for the JDK's).")
  String trustStore;

  @Option(
      names = "--allow-plain-http",
      negatable = true,
      description = "Call over plain http (only for a local emulator).")
  Boolean allowPlainHttp;

  @Option(names = "--no-validate", description = "Save without validating.")
  boolean noValidate;

  @Override
  int run(Duoctl app) {
    String name = targetName(app);
    Optional<Configuration> existing = app.settings().find(name);
    Map<DuoApi, String[]> given = givenApis(existing);
    Map<DuoApi, ApiCredentialsInput> hostsAndKeys = new EnumMap<>(DuoApi.class);
    given.forEach(
        (api, pair) -> hostsAndKeys.put(api, new ApiCredentialsInput(pair[0], pair[1], null)));
    ApiKeyRules.requireValidHostsAndIntegrationKeys(hostsAndKeys);
    Map<String, Secret> secrets = readSecrets(given, existing);
    ConfigurationUpdate update = ConfigurationUpdate.named(name);
    for (Map.Entry<DuoApi, String[]> entry : given.entrySet()) {
      String[] hostAndIkey = entry.getValue();
      update =
          update.withApi(
              entry.getKey(),
              hostAndIkey[0],
              hostAndIkey[1],
              secrets.get(entry.getKey().fieldPrefix()));
    }
    for (DuoApi api : remove) {
      update = update.withoutApi(api);
    }
    AdvancedSettings advanced = advanced(existing, secrets.get(PROXY));
    if (advanced != null) {
      update = update.withAdvanced(advanced);
    }
    Configuration saved = app.settings().save(update, app.actor());
    say("Saved configuration \"" + saved.name() + "\".");
    if (noValidate) {
      return ErrorHandler.OK;
    }
    int code =
        ConfigCommand.printReport(
            this, app.settings().validate(saved.name(), app.validator(), app.actor()));
    if (code != ErrorHandler.OK) {
      err()
          .println(
              "duoctl: saved, but validation failed; fix the keys above and run 'duoctl config set' again");
      err().flush();
    }
    return code;
  }

  private String targetName(Duoctl app) {
    if (configuration() != null) {
      return configuration();
    }
    return app.settings().list().stream()
        .filter(Configuration::isDefault)
        .map(Configuration::name)
        .findFirst()
        .orElse("default");
  }

  /** Host and ikey of each API being set; a missing one of the pair is taken from storage. */
  private Map<DuoApi, String[]> givenApis(Optional<Configuration> existing) {
    Map<DuoApi, String[]> given = new EnumMap<>(DuoApi.class);
    put(given, existing, DuoApi.AUTH, authHost, authIkey);
    put(given, existing, DuoApi.ACCOUNTS, accountsHost, accountsIkey);
    put(given, existing, DuoApi.ADMIN, adminHost, adminIkey);
    return given;
  }

  private static void put(
      Map<DuoApi, String[]> given,
      Optional<Configuration> existing,
      DuoApi api,
      String host,
      String ikey) {
    if (host == null && ikey == null) {
      return;
    }
    Optional<ApiCredentials> stored = existing.flatMap(c -> c.credentials(api));
    given.put(
        api,
        new String[] {
          host != null ? host : stored.map(ApiCredentials::host).orElse(null),
          ikey != null ? ikey : stored.map(ApiCredentials::integrationKey).orElse(null)
        });
  }

  private Map<String, Secret> readSecrets(
      Map<DuoApi, String[]> given, Optional<Configuration> existing) {
    List<String> names = new ArrayList<>();
    given.keySet().forEach(api -> names.add(api.fieldPrefix()));
    boolean wantsProxyPassword = proxyUser != null;
    if (wantsProxyPassword) {
      names.add(PROXY);
    }
    if (fromStdin && secretsFile != null) {
      throw new UsageException("use either --secret-keys-from-stdin or --secret-keys-file");
    }
    if (fromStdin) {
      return SecretInput.fromStdin(terminal(), names);
    }
    if (secretsFile != null) {
      return SecretInput.fromFile(secretsFile, names);
    }
    if (names.isEmpty()) {
      return Map.of();
    }
    Map<String, String> questions = new LinkedHashMap<>();
    for (DuoApi api : given.keySet()) {
      boolean stored = existing.flatMap(c -> c.credentials(api)).isPresent();
      questions.put(
          api.fieldPrefix(),
          api.displayName() + " secret key" + (stored ? " (Enter keeps the stored one): " : ": "));
    }
    if (wantsProxyPassword) {
      questions.put(PROXY, "Proxy password for " + proxyUser + " (Enter for none): ");
    }
    return SecretInput.prompt(
        terminal(), questions, "pass them with --secret-keys-from-stdin or --secret-keys-file");
  }

  /** The advanced settings to store, or null when no advanced option was given. */
  private AdvancedSettings advanced(Optional<Configuration> existing, Secret proxyPassword) {
    if (signatureVersion == null
        && connectTimeout == null
        && requestTimeout == null
        && callDeadline == null
        && syncCallDeadline == null
        && proxy == null
        && proxyUser == null
        && trustStore == null
        && allowPlainHttp == null) {
      return null;
    }
    AdvancedSettings a = existing.map(Configuration::advanced).orElse(AdvancedSettings.defaults());
    if (signatureVersion != null) {
      a = a.withSignatureVersion(signatureVersion);
    }
    if (connectTimeout != null || requestTimeout != null) {
      a =
          a.withTimeouts(
              connectTimeout != null ? Duration.ofSeconds(connectTimeout) : a.connectTimeout(),
              requestTimeout != null ? Duration.ofSeconds(requestTimeout) : a.requestTimeout());
    }
    if (callDeadline != null || syncCallDeadline != null) {
      a =
          a.withCallDeadlines(
              callDeadline != null ? Duration.ofSeconds(callDeadline) : a.callDeadline(),
              syncCallDeadline != null
                  ? Duration.ofSeconds(syncCallDeadline)
                  : a.syncCallDeadline());
    }
    if ("none".equalsIgnoreCase(proxy)) {
      a = a.withProxy(null);
    } else if (proxy != null || proxyUser != null) {
      a = a.withProxy(proxySettings(a.proxy(), proxyPassword));
    }
    if (trustStore != null) {
      a = a.withTrustStorePath("default".equalsIgnoreCase(trustStore) ? null : trustStore);
    }
    if (allowPlainHttp != null) {
      a = a.withAllowPlainHttp(allowPlainHttp);
    }
    return a;
  }

  private ProxySettings proxySettings(ProxySettings stored, Secret password) {
    String host;
    int port;
    if (proxy != null) {
      int colon = proxy.lastIndexOf(':');
      if (colon < 1) {
        throw new UsageException("--proxy must be HOST:PORT, e.g. proxy.example.com:3128");
      }
      host = proxy.substring(0, colon);
      try {
        port = Integer.parseInt(proxy.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new UsageException(
            "--proxy must be HOST:PORT with a numeric port, e.g. proxy.example.com:3128");
      }
    } else if (stored != null) {
      host = stored.host();
      port = stored.port();
    } else {
      throw new UsageException("--proxy-user needs --proxy HOST:PORT");
    }
    String user = proxyUser != null ? proxyUser : stored == null ? null : stored.user();
    return new ProxySettings(host, port, user, password);
  }
}
