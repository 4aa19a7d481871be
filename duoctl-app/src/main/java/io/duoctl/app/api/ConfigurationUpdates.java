package io.duoctl.app.api;

import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ApiCredentials;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.ProxySettings;
import io.duoctl.core.vocabulary.InvalidValueException;
import io.duoctl.core.vocabulary.WireNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a {@link ConfigurationRequest} into core's {@link ConfigurationUpdate}: PUT replaces (APIs
 * left out are removed, advanced settings left out are the defaults), PATCH merges into what is
 * stored. Secrets left out keep the stored ones either way.
 */
final class ConfigurationUpdates {
  private static final String PROXY = "proxy";

  private ConfigurationUpdates() {}

  /**
   * The update for {@code request}.
   *
   * @throws ApiException 400 listing every field this translation rejects (core checks the rest)
   */
  static ConfigurationUpdate of(
      String name, ConfigurationRequest request, Optional<Configuration> stored, boolean replace) {
    List<FieldError> errors = new ArrayList<>();
    List<String> removals = request.remove() == null ? List.of() : request.remove();
    if (replace && !removals.isEmpty()) {
      errors.add(
          new FieldError("remove", "is only for PATCH; with PUT, leave the API out to remove it"));
    }
    ConfigurationUpdate update = ConfigurationUpdate.named(name);
    boolean dropProxy = false;
    for (int i = 0; i < removals.size(); i++) {
      String entry = String.valueOf(removals.get(i)).strip().toLowerCase(Locale.ROOT);
      if (entry.equals(PROXY)) {
        dropProxy = true;
        continue;
      }
      Optional<DuoApi> api = api(entry);
      if (api.isPresent()) {
        update = update.withoutApi(api.get());
      } else {
        errors.add(new FieldError("remove[" + i + "]", "must be auth, accounts, admin or proxy"));
      }
    }
    for (DuoApi api : DuoApi.values()) {
      ConfigurationRequest.ApiKeys keys = keys(request, api);
      Optional<ApiCredentials> current = stored.flatMap(c -> c.credentials(api));
      if (keys != null) {
        String host = keys.host();
        String ikey = keys.integrationKey();
        if (!replace) {
          host = host != null ? host : current.map(ApiCredentials::host).orElse(null);
          ikey = ikey != null ? ikey : current.map(ApiCredentials::integrationKey).orElse(null);
        }
        update =
            update.withApi(
                api,
                host,
                ikey,
                SecretFields.of(api.fieldPrefix() + ".secret_key", keys.secretKey()));
      } else if (replace && current.isPresent()) {
        update = update.withoutApi(api);
      }
    }
    AdvancedSettings base =
        replace
            ? AdvancedSettings.defaults()
            : stored.map(Configuration::advanced).orElse(AdvancedSettings.defaults());
    AdvancedSettings advanced = advanced(request.advanced(), base, replace, dropProxy, errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid("settings not saved", errors);
    }
    return replace || request.advanced() != null || dropProxy
        ? update.withAdvanced(advanced)
        : update;
  }

  private static AdvancedSettings advanced(
      ConfigurationRequest.Advanced given,
      AdvancedSettings base,
      boolean replace,
      boolean dropProxy,
      List<FieldError> errors) {
    AdvancedSettings a = base;
    if (given != null) {
      if (given.signatureVersion() != null) {
        try {
          a =
              a.withSignatureVersion(
                  WireNames.parse(
                      SignatureVersion.class,
                      given.signatureVersion(),
                      "advanced.signature_version"));
        } catch (InvalidValueException e) {
          errors.addAll(e.errors());
        }
      }
      a =
          a.withTimeouts(
              given.connectTimeout() != null
                  ? Duration.ofSeconds(given.connectTimeout())
                  : a.connectTimeout(),
              given.requestTimeout() != null
                  ? Duration.ofSeconds(given.requestTimeout())
                  : a.requestTimeout());
      a =
          a.withCallDeadlines(
              given.callDeadline() != null
                  ? Duration.ofSeconds(given.callDeadline())
                  : a.callDeadline(),
              given.syncCallDeadline() != null
                  ? Duration.ofSeconds(given.syncCallDeadline())
                  : a.syncCallDeadline());
      if (given.proxy() != null) {
        a = a.withProxy(proxy(given.proxy(), a.proxy(), errors));
      }
      if (given.trustStorePath() != null) {
        a = a.withTrustStorePath(given.trustStorePath());
      }
      if (given.allowPlainHttp() != null) {
        a = a.withAllowPlainHttp(given.allowPlainHttp());
      }
    }
    if (replace && (given == null || given.proxy() == null)) {
      a = a.withProxy(null);
    }
    if (dropProxy) {
      if (given != null && given.proxy() != null) {
        errors.add(new FieldError("remove", "cannot remove the proxy and set it at once"));
      }
      a = a.withProxy(null);
    }
    return a;
  }

  private static ProxySettings proxy(
      ConfigurationRequest.Proxy given, ProxySettings stored, List<FieldError> errors) {
    String host = given.host() != null ? given.host() : stored == null ? null : stored.host();
    Integer port = given.port() != null ? given.port() : stored == null ? null : stored.port();
    if (host == null) {
      errors.add(new FieldError("advanced.proxy.host", "is required, e.g. proxy.example.com"));
    }
    if (port == null) {
      errors.add(new FieldError("advanced.proxy.port", "is required, e.g. 3128"));
    }
    if (host == null || port == null) {
      return null;
    }
    String user = given.user() != null ? given.user() : stored == null ? null : stored.user();
    Secret password = SecretFields.of("advanced.proxy.password", given.password());
    return new ProxySettings(host, port, user == null || user.isBlank() ? null : user, password);
  }

  private static ConfigurationRequest.ApiKeys keys(ConfigurationRequest request, DuoApi api) {
    return switch (api) {
      case AUTH -> request.auth();
      case ACCOUNTS -> request.accounts();
      case ADMIN -> request.admin();
    };
  }

  static Optional<DuoApi> api(String prefix) {
    for (DuoApi api : DuoApi.values()) {
      if (api.fieldPrefix().equals(prefix)) {
        return Optional.of(api);
      }
    }
    return Optional.empty();
  }
}
