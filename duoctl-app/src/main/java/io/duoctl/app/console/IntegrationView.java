package io.duoctl.app.console;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ApiCheck;
import io.duoctl.core.settings.ApiCredentials;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.DuoApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the integration page shows: the configuration's keys by API (secret keys only masked), the
 * latest validation result of each API, advanced settings (the proxy password only masked), and
 * errors by field name. Never holds a secret value.
 */
record IntegrationView(
    List<String> configurations,
    String name,
    boolean exists,
    boolean isDefault,
    List<ApiGroup> apis,
    Map<String, String> values,
    String maskedProxyPassword,
    Map<String, String> errors) {

  /** One API's group of fields. */
  record ApiGroup(
      DuoApi api,
      String help,
      String maskedSecret,
      String status,
      String statusClass,
      String checkMessage) {
    String prefix() {
      return api.fieldPrefix();
    }

    String title() {
      return api.displayName();
    }
  }

  static IntegrationView of(
      List<String> configurations,
      String name,
      Optional<Configuration> stored,
      Function<String, String> posted,
      List<FieldError> fieldErrors) {
    Map<String, String> values = new HashMap<>();
    List<ApiGroup> groups = new ArrayList<>();
    for (DuoApi api : DuoApi.values()) {
      String prefix = api.fieldPrefix();
      Optional<ApiCredentials> keys = stored.flatMap(c -> c.credentials(api));
      values.put(prefix + ".host", keys.map(ApiCredentials::host).orElse(""));
      values.put(prefix + ".integration_key", keys.map(ApiCredentials::integrationKey).orElse(""));
      Optional<ApiCheck> check = stored.flatMap(c -> c.validation().check(api));
      groups.add(
          new ApiGroup(
              api,
              help(api),
              keys.map(k -> k.secretKey().masked()).orElse(null),
              check.map(c -> statusLabel(c)).orElse(keys.isPresent() ? "Not checked yet" : null),
              check.map(c -> c.ok() ? "ok" : "bad").orElse("none"),
              check.filter(c -> !c.ok()).map(ApiCheck::message).orElse(null)));
    }
    AdvancedSettings advanced =
        stored.map(Configuration::advanced).orElse(AdvancedSettings.defaults());
    values.put(
        "advanced.proxy",
        advanced.proxy() == null ? "" : advanced.proxy().host() + ":" + advanced.proxy().port());
    values.put(
        "advanced.proxy_user",
        advanced.proxy() == null || advanced.proxy().user() == null ? "" : advanced.proxy().user());
    values.put(
        "advanced.trust_store_path",
        advanced.trustStorePath() == null ? "" : advanced.trustStorePath());
    values.put("advanced.connect_timeout", Long.toString(advanced.connectTimeout().toSeconds()));
    values.put("advanced.request_timeout", Long.toString(advanced.requestTimeout().toSeconds()));
    values.put("advanced.call_deadline", Long.toString(advanced.callDeadline().toSeconds()));
    values.put(
        "advanced.sync_call_deadline", Long.toString(advanced.syncCallDeadline().toSeconds()));
    values.put("advanced.allow_plain_http", advanced.allowPlainHttp() ? "on" : "");
    if (posted != null) {
      values.replaceAll((field, value) -> posted.apply(field));
    }
    Map<String, String> errors = new HashMap<>();
    for (FieldError e : fieldErrors) {
      String field = e.field();
      String message = e.message();
      if (field.equals("advanced.proxy.user") || field.equals("advanced.proxy.password")) {
        field = "advanced.proxy_" + field.substring("advanced.proxy.".length());
      } else if (field.startsWith("advanced.proxy.")) {
        message = field.substring("advanced.proxy.".length()) + " " + message;
        field = "advanced.proxy";
      }
      errors.merge(field, message, (a, b) -> a + "; " + b);
    }
    return new IntegrationView(
        configurations,
        name,
        stored.isPresent(),
        stored.map(Configuration::isDefault).orElse(false),
        groups,
        values,
        advanced.proxy() == null || advanced.proxy().password() == null
            ? null
            : advanced.proxy().password().masked(),
        errors);
  }

  String value(String field) {
    return values.getOrDefault(field, "");
  }

  String error(String field) {
    return errors.get(field);
  }

  /** "true" when the field has an error, for {@code aria-invalid}; else null. */
  String invalid(String field) {
    return errors.containsKey(field) ? "true" : null;
  }

  /** The id of the field's error message, for {@code aria-describedby}; else null. */
  String describedBy(String field) {
    return errors.containsKey(field) ? errorId(field) : null;
  }

  static String errorId(String field) {
    return field.replace('.', '-') + "-error";
  }

  static String id(String field) {
    return field.replace('.', '-');
  }

  /** Whether the advanced settings start unfolded (one of them has an error). */
  boolean advancedOpen() {
    return errors.keySet().stream().anyMatch(f -> f.startsWith("advanced."));
  }

  boolean checked(String field) {
    return "on".equals(values.get(field));
  }

  private static String help(DuoApi api) {
    return "In the Duo Admin Panel: Applications → Protect an Application → \""
        + api.displayName()
        + "\" → Protect; copy its integration key, secret key and API hostname."
        + (api == DuoApi.ACCOUNTS ? " Only MSP (parent) accounts have it." : "");
  }

  private static String statusLabel(ApiCheck check) {
    return switch (check.status()) {
      case OK -> "OK";
      case UNKNOWN_INTEGRATION_KEY -> "Unknown integration key";
      case WRONG_SECRET_KEY -> "Wrong secret key";
      case HOST_UNREACHABLE -> "Host unreachable";
      case TLS_FAILURE -> "TLS failure";
      case CLOCK_SKEW -> "Clock out of sync";
      case MISSING_PERMISSION -> "Missing permission";
      case RATE_LIMITED -> "Rate limited";
      case DUO_ERROR -> "Duo error";
      case NOT_CONFIGURED -> "Not configured";
    };
  }
}
