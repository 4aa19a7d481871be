package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ApiCheck;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.ValidationReport;
import io.duoctl.core.settings.ValidationStatus;
import io.duoctl.core.vocabulary.WireNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configurations as the API shows them: secret keys and the proxy password never, only whether they
 * are set. Also the JSON Schemas of these shapes.
 */
final class ConfigurationViews {
  private ConfigurationViews() {}

  record ConfigurationView(
      String name,
      boolean isDefault,
      Map<String, KeysView> apis,
      AdvancedView advanced,
      Map<String, CheckView> validation,
      String createdAt,
      String updatedAt) {}

  record AdvancedView(
      String signatureVersion,
      long connectTimeout,
      long requestTimeout,
      ProxyView proxy,
      String trustStorePath,
      boolean allowPlainHttp,
      long callDeadline,
      long syncCallDeadline) {}

  record ProxyView(String host, int port, String user, boolean passwordSet) {}

  record CheckView(
      String status,
      String message,
      String checkedAt,
      Long clockOffsetSeconds,
      String missingGrant,
      Integer duoCode) {}

  /** The answer of a save or a validation: the configuration and each API's check. */
  record ValidatedView(
      ConfigurationView configuration,
      boolean validated,
      boolean valid,
      List<String> failed,
      Map<String, CheckView> validation) {}

  static ConfigurationView of(Configuration c) {
    Map<String, KeysView> apis = new LinkedHashMap<>();
    for (DuoApi api : DuoApi.values()) {
      c.credentials(api)
          .ifPresent(
              k -> apis.put(api.fieldPrefix(), KeysView.stored(k.host(), k.integrationKey())));
    }
    return new ConfigurationView(
        c.name(),
        c.isDefault(),
        apis,
        advanced(c.advanced()),
        checks(c.validation()),
        String.valueOf(c.createdAt()),
        String.valueOf(c.updatedAt()));
  }

  static ValidatedView validated(Configuration c, ValidationReport report) {
    List<String> failed =
        report.checks().entrySet().stream()
            .filter(
                e -> !e.getValue().ok() && e.getValue().status() != ValidationStatus.NOT_CONFIGURED)
            .map(e -> e.getKey().fieldPrefix())
            .toList();
    return new ValidatedView(of(c), true, report.allOk(), failed, checks(report));
  }

  static ValidatedView unvalidated(Configuration c) {
    return new ValidatedView(of(c), false, false, List.of(), Map.of());
  }

  private static AdvancedView advanced(AdvancedSettings a) {
    var p = a.proxy();
    return new AdvancedView(
        WireNames.of(a.signatureVersion()),
        a.connectTimeout().toSeconds(),
        a.requestTimeout().toSeconds(),
        p == null ? null : new ProxyView(p.host(), p.port(), p.user(), p.password() != null),
        a.trustStorePath(),
        a.allowPlainHttp(),
        a.callDeadline().toSeconds(),
        a.syncCallDeadline().toSeconds());
  }

  static Map<String, CheckView> checks(ValidationReport report) {
    Map<String, CheckView> checks = new LinkedHashMap<>();
    report.checks().forEach((api, check) -> checks.put(api.fieldPrefix(), check(check)));
    return checks;
  }

  private static CheckView check(ApiCheck c) {
    return new CheckView(
        WireNames.of(c.status()),
        c.message(),
        String.valueOf(c.checkedAt()),
        c.clockOffset() == null ? null : c.clockOffset().toSeconds(),
        c.missingGrant(),
        c.duoCode());
  }

  // JSON Schemas

  static ObjectNode checkSchema() {
    return JsonSchemas.object()
        .description("The result of one signed call to the API")
        .required("status", JsonSchemas.oneOf("What the check found", ValidationStatus.class))
        .required("message", JsonSchemas.string("What it means and how to fix it"))
        .required("checked_at", JsonSchemas.dateTime("When the check ran"))
        .optional("clock_offset_seconds", JsonSchemas.integer("For CLOCK_SKEW: Duo's clock - ours"))
        .optional("missing_grant", JsonSchemas.string("For MISSING_PERMISSION: the grant"))
        .optional("duo_code", JsonSchemas.integer("For DUO_ERROR: Duo's error code"))
        .build();
  }

  private static ObjectNode checksSchema() {
    return JsonSchemas.mapOf("Checks by API (auth, accounts, admin)", checkSchema());
  }

  static ObjectNode configurationSchema() {
    ObjectNode apis = KeysView.byApiSchema("Keys by API (auth, accounts, admin); secrets masked");
    ObjectNode proxy =
        JsonSchemas.object()
            .required("host", JsonSchemas.string())
            .required("port", JsonSchemas.integer("Proxy port"))
            .optional("user", JsonSchemas.string("Proxy user"))
            .required("password_set", JsonSchemas.bool("Whether a proxy password is stored"))
            .build();
    ObjectNode advanced =
        JsonSchemas.object()
            .required("signature_version", JsonSchemas.oneOf("Request signing", "v2", "v4", "v5"))
            .required("connect_timeout", JsonSchemas.integer("Connect timeout, seconds"))
            .required("request_timeout", JsonSchemas.integer("Request timeout, seconds"))
            .optional("proxy", proxy)
            .optional("trust_store_path", JsonSchemas.string("Trust store or CA file"))
            .required("allow_plain_http", JsonSchemas.bool("Whether http:// may be used"))
            .required(
                "call_deadline",
                JsonSchemas.integer("Most seconds one Duo call of a background job may take"))
            .required(
                "sync_call_deadline",
                JsonSchemas.integer("Most seconds one Duo call of a synchronous run may take"))
            .build();
    return JsonSchemas.object()
        .description("A named configuration of Duo parent keys; secrets never shown")
        .required("name", JsonSchemas.string("Configuration name"))
        .required("is_default", JsonSchemas.bool("Whether it is the default configuration"))
        .required("apis", apis)
        .required("advanced", advanced)
        .required("validation", checksSchema())
        .required("created_at", JsonSchemas.dateTime("Created"))
        .required("updated_at", JsonSchemas.dateTime("Last changed"))
        .build();
  }

  static ObjectNode validatedSchema() {
    return JsonSchemas.object()
        .required("configuration", configurationSchema())
        .required("validated", JsonSchemas.bool("Whether the keys were checked against Duo"))
        .required("valid", JsonSchemas.bool("Whether every configured API passed"))
        .required("failed", JsonSchemas.array("APIs whose check failed", JsonSchemas.string()))
        .required("validation", checksSchema())
        .build();
  }

  static ObjectNode requestSchema() {
    ObjectNode keys =
        JsonSchemas.object()
            .optional("host", JsonSchemas.string("API hostname, e.g. api-xxxxxxxx.duosecurity.com"))
            .optional(
                "integration_key", JsonSchemas.string("Integration key: 20 characters, DI..."))
            .optional(
                "secret_key",
                JsonSchemas.string("Secret key: 40 characters; write-only, left out keeps it")
                    .put("writeOnly", true))
            .closed();
    ObjectNode proxy =
        JsonSchemas.object()
            .optional("host", JsonSchemas.string("Proxy host"))
            .optional("port", JsonSchemas.integer("Proxy port", 1, 65535))
            .optional("user", JsonSchemas.string("Proxy user"))
            .optional(
                "password",
                JsonSchemas.string("Proxy password; write-only, left out keeps it")
                    .put("writeOnly", true))
            .closed();
    ObjectNode advanced =
        JsonSchemas.object()
            .optional("signature_version", JsonSchemas.oneOf("Request signing", "v2", "v4", "v5"))
            .optional("connect_timeout", JsonSchemas.integer("Connect timeout, seconds", 1, 600))
            .optional("request_timeout", JsonSchemas.integer("Request timeout, seconds", 1, 600))
            .optional("proxy", proxy)
            .optional("trust_store_path", JsonSchemas.string("PEM CA file or PKCS12/JKS store"))
            .optional("allow_plain_http", JsonSchemas.bool("Allow http:// (local emulator only)"))
            .optional(
                "call_deadline",
                JsonSchemas.integer(
                    "Most seconds one Duo call of a background job may take, retries and Duo's"
                        + " back-off included (default 120)",
                    1,
                    600))
            .optional(
                "sync_call_deadline",
                JsonSchemas.integer(
                    "The same for a synchronous run, the CLI and the console (default 25)", 1, 600))
            .closed();
    return JsonSchemas.object()
        .description("Duo keys and connection settings; secrets are write-only")
        .optional("auth", keys)
        .optional("accounts", keys.deepCopy())
        .optional("admin", keys.deepCopy())
        .optional("advanced", advanced)
        .optional(
            "remove",
            JsonSchemas.array(
                "PATCH only: APIs whose keys to delete, or proxy",
                JsonSchemas.oneOf("What to remove", "auth", "accounts", "admin", "proxy")))
        .closed();
  }
}
