package io.duoctl.app.console;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.ProxySettings;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The integration form as posted: turns its fields into a {@link ConfigurationUpdate}, or into
 * field errors named like the settings service names them ({@code admin.secret_key}). An empty
 * secret field (secret key, proxy password) keeps the stored secret; an API with every field empty
 * and nothing stored is left out.
 */
final class IntegrationForm {
  private final Context ctx;
  private final List<FieldError> errors = new ArrayList<>();

  IntegrationForm(Context ctx) {
    this.ctx = ctx;
  }

  /** The configuration name posted. */
  String name() {
    return text("name");
  }

  /** Non-secret text of a field as posted, "" when absent. */
  String text(String field) {
    String value = ctx.formParam(field);
    return value == null ? "" : value.strip();
  }

  /** Problems found while reading the form (a pasted mask as a secret key). */
  List<FieldError> errors() {
    return errors;
  }

  ConfigurationUpdate toUpdate(Optional<Configuration> existing) {
    ConfigurationUpdate update = ConfigurationUpdate.named(name());
    for (DuoApi api : DuoApi.values()) {
      String prefix = api.fieldPrefix();
      boolean stored = existing.flatMap(c -> c.credentials(api)).isPresent();
      String host = text(prefix + ".host");
      String ikey = text(prefix + ".integration_key");
      String skey = secret(prefix + ".secret_key");
      if (stored && "on".equals(ctx.formParam(prefix + ".remove"))) {
        update = update.withoutApi(api);
      } else if (stored || !host.isEmpty() || !ikey.isEmpty() || skey != null) {
        update = update.withApi(api, host, ikey, toSecret(prefix + ".secret_key", skey));
      }
    }
    return update.withAdvanced(advanced(existing));
  }

  private AdvancedSettings advanced(Optional<Configuration> existing) {
    AdvancedSettings a = existing.map(Configuration::advanced).orElse(AdvancedSettings.defaults());
    a =
        a.withTimeouts(
            seconds("advanced.connect_timeout", a.connectTimeout()),
            seconds("advanced.request_timeout", a.requestTimeout()));
    a =
        a.withCallDeadlines(
            seconds("advanced.call_deadline", a.callDeadline()),
            seconds("advanced.sync_call_deadline", a.syncCallDeadline()));
    a = a.withProxy(proxy());
    String trustStore = text("advanced.trust_store_path");
    a = a.withTrustStorePath(trustStore.isEmpty() ? null : trustStore);
    return a.withAllowPlainHttp("on".equals(ctx.formParam("advanced.allow_plain_http")));
  }

  /**
   * HOST:PORT, user and password; a missing or malformed port becomes 0, which the settings checks
   * reject. An empty password keeps the stored one (the settings service does that while a user is
   * given); an empty user means no proxy authentication.
   */
  private ProxySettings proxy() {
    String proxy = text("advanced.proxy");
    if (proxy.isEmpty()) {
      return null;
    }
    int colon = proxy.lastIndexOf(':');
    int port = 0;
    if (colon > 0) {
      try {
        port = Integer.parseInt(proxy.substring(colon + 1));
      } catch (NumberFormatException e) {
        port = 0;
      }
    }
    String user = text("advanced.proxy_user");
    return new ProxySettings(
        colon > 0 ? proxy.substring(0, colon) : proxy,
        port,
        user.isEmpty() ? null : user,
        toSecret("advanced.proxy_password", secret("advanced.proxy_password")));
  }

  /** Whole seconds; anything else becomes 0, which the settings checks reject. */
  private Duration seconds(String field, Duration stored) {
    String value = text(field);
    if (value.isEmpty()) {
      return stored;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return Duration.ZERO;
    }
  }

  /** The posted secret, or null when the field was left empty (keep the stored one). */
  private String secret(String field) {
    String value = ctx.formParam(field);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private Secret toSecret(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Secret.of(value);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return null;
    }
  }
}
