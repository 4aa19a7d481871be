package io.duoctl.core.settings;

import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.secrets.SecretRef;
import io.duoctl.core.secrets.SecretVault;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** The SQL of configurations and their validation checks; runs in the caller's transaction. */
final class ConfigurationStore {
  static final String OWNER_KIND = "configuration";
  private static final String PROXY_PASSWORD = "proxy.password";

  private record Row(
      String name,
      boolean isDefault,
      AdvancedSettings advanced,
      Instant createdAt,
      Instant updatedAt) {}

  private final SecretVault vault;
  private final ApiCredentialsStore credentials;

  ConfigurationStore(SecretVault vault, ApiCredentialsStore credentials) {
    this.vault = vault;
    this.credentials = credentials;
  }

  Optional<Configuration> find(Handle handle, String name) {
    return handle
        .createQuery("SELECT * FROM configuration WHERE name = :name")
        .bind("name", name)
        .map(
            (rs, ctx) -> {
              String proxyHost = rs.getString("proxy_host");
              ProxySettings proxy =
                  proxyHost == null
                      ? null
                      : new ProxySettings(
                          proxyHost, rs.getInt("proxy_port"), rs.getString("proxy_user"), null);
              AdvancedSettings advanced =
                  new AdvancedSettings(
                      SignatureVersion.valueOf(rs.getString("signature_version")),
                      Duration.ofMillis(rs.getLong("connect_timeout_ms")),
                      Duration.ofMillis(rs.getLong("request_timeout_ms")),
                      proxy,
                      rs.getString("trust_store_path"),
                      rs.getBoolean("allow_plain_http"),
                      Duration.ofMillis(rs.getLong("call_deadline_ms")),
                      Duration.ofMillis(rs.getLong("sync_call_deadline_ms")));
              return new Row(
                  rs.getString("name"),
                  rs.getBoolean("is_default"),
                  advanced,
                  SqlTimes.instant(rs, "created_at"),
                  SqlTimes.instant(rs, "updated_at"));
            })
        .findOne()
        .map(row -> complete(handle, row));
  }

  private Configuration complete(Handle handle, Row row) {
    AdvancedSettings advanced = row.advanced();
    if (advanced.proxy() != null) {
      ProxySettings p = advanced.proxy();
      Secret password = vault.find(handle, proxyPasswordRef(row.name())).orElse(null);
      advanced = advanced.withProxy(new ProxySettings(p.host(), p.port(), p.user(), password));
    }
    return new Configuration(
        row.name(),
        row.isDefault(),
        credentials.load(handle, OWNER_KIND, row.name()),
        advanced,
        loadReport(handle, row.name()),
        row.createdAt(),
        row.updatedAt());
  }

  /** The configuration's revision, which every update raises; empty if there is none. */
  Optional<Long> revision(Handle handle, String name) {
    return handle
        .createQuery("SELECT revision FROM configuration WHERE name = :name")
        .bind("name", name)
        .mapTo(Long.class)
        .findOne();
  }

  List<String> names(Handle handle) {
    return handle
        .createQuery("SELECT name FROM configuration ORDER BY name")
        .mapTo(String.class)
        .list();
  }

  Optional<String> defaultName(Handle handle) {
    return handle
        .createQuery("SELECT name FROM configuration WHERE is_default = TRUE")
        .mapTo(String.class)
        .findFirst();
  }

  void insert(
      Handle handle, String name, boolean isDefault, AdvancedSettings advanced, Instant now) {
    handle
        .createUpdate(
            """
            INSERT INTO configuration (name, is_default, signature_version, connect_timeout_ms,
              request_timeout_ms, proxy_host, proxy_port, proxy_user, trust_store_path,
              allow_plain_http, call_deadline_ms, sync_call_deadline_ms, created_at, updated_at)
            VALUES (:name, :isDefault, :sig, :connect, :request, :proxyHost, :proxyPort,
              :proxyUser, :trustStore, :plainHttp, :callDeadline, :syncCallDeadline, :now, :now)
            """)
        .bind("name", name)
        .bind("isDefault", isDefault)
        .bindMap(advancedParams(advanced))
        .bind("now", SqlTimes.toDb(now))
        .execute();
    writeProxyPassword(handle, name, advanced);
  }

  void update(Handle handle, String name, AdvancedSettings advanced, Instant now) {
    handle
        .createUpdate(
            """
            UPDATE configuration SET signature_version = :sig, connect_timeout_ms = :connect,
              request_timeout_ms = :request, proxy_host = :proxyHost, proxy_port = :proxyPort,
              proxy_user = :proxyUser, trust_store_path = :trustStore,
              allow_plain_http = :plainHttp, call_deadline_ms = :callDeadline,
              sync_call_deadline_ms = :syncCallDeadline, revision = revision + 1,
              updated_at = :now
            WHERE name = :name
            """)
        .bind("name", name)
        .bindMap(advancedParams(advanced))
        .bind("now", SqlTimes.toDb(now))
        .execute();
    writeProxyPassword(handle, name, advanced);
  }

  private void writeProxyPassword(Handle handle, String name, AdvancedSettings advanced) {
    ProxySettings proxy = advanced.proxy();
    if (proxy == null || proxy.user() == null) {
      vault.delete(handle, proxyPasswordRef(name));
    } else if (proxy.password() != null) {
      vault.put(handle, proxyPasswordRef(name), proxy.password());
    }
  }

  private static Map<String, Object> advancedParams(AdvancedSettings advanced) {
    ProxySettings proxy = advanced.proxy();
    Map<String, Object> params = new HashMap<>();
    params.put("sig", advanced.signatureVersion().name());
    params.put("connect", advanced.connectTimeout().toMillis());
    params.put("request", advanced.requestTimeout().toMillis());
    params.put("proxyHost", proxy == null ? null : proxy.host());
    params.put("proxyPort", proxy == null ? null : proxy.port());
    params.put("proxyUser", proxy == null ? null : proxy.user());
    params.put("trustStore", advanced.trustStorePath());
    params.put("plainHttp", advanced.allowPlainHttp());
    params.put("callDeadline", advanced.callDeadline().toMillis());
    params.put("syncCallDeadline", advanced.syncCallDeadline().toMillis());
    return params;
  }

  void makeDefault(Handle handle, String name) {
    handle
        .createUpdate(
            "UPDATE configuration SET is_default = CASE WHEN name = :name THEN TRUE ELSE FALSE END")
        .bind("name", name)
        .execute();
  }

  int countOrganizations(Handle handle, String name) {
    return handle
        .createQuery("SELECT COUNT(*) FROM organization WHERE configuration_name = :name")
        .bind("name", name)
        .mapTo(Integer.class)
        .one();
  }

  void delete(Handle handle, String name) {
    credentials.deleteAll(handle, OWNER_KIND, name);
    vault.deleteAll(handle, OWNER_KIND, name);
    handle
        .createUpdate("DELETE FROM configuration WHERE name = :name")
        .bind("name", name)
        .execute();
  }

  ValidationReport loadReport(Handle handle, String name) {
    Map<DuoApi, ApiCheck> checks = new EnumMap<>(DuoApi.class);
    handle
        .createQuery("SELECT * FROM api_check WHERE configuration_name = :name")
        .bind("name", name)
        .map(
            (rs, ctx) -> {
              long offset = rs.getLong("clock_offset_ms");
              Duration clockOffset = rs.wasNull() ? null : Duration.ofMillis(offset);
              int code = rs.getInt("duo_code");
              Integer duoCode = rs.wasNull() ? null : code;
              return Map.entry(
                  DuoApi.valueOf(rs.getString("api")),
                  new ApiCheck(
                      ValidationStatus.valueOf(rs.getString("status")),
                      rs.getString("message"),
                      SqlTimes.instant(rs, "checked_at"),
                      clockOffset,
                      rs.getString("missing_grant"),
                      duoCode));
            })
        .forEach(e -> checks.put(e.getKey(), e.getValue()));
    return new ValidationReport(checks);
  }

  void saveReport(Handle handle, String name, ValidationReport report) {
    removeChecks(handle, name, report.checks().keySet());
    report
        .checks()
        .forEach(
            (api, check) ->
                handle
                    .createUpdate(
                        """
                        INSERT INTO api_check (configuration_name, api, status, message,
                          checked_at, clock_offset_ms, missing_grant, duo_code)
                        VALUES (:name, :api, :status, :message, :checkedAt, :offset, :grant, :code)
                        """)
                    .bind("name", name)
                    .bind("api", api.name())
                    .bind("status", check.status().name())
                    .bind("message", check.message())
                    .bind("checkedAt", SqlTimes.toDb(check.checkedAt()))
                    .bindByType(
                        "offset",
                        check.clockOffset() == null ? null : check.clockOffset().toMillis(),
                        Long.class)
                    .bind("grant", check.missingGrant())
                    .bindByType("code", check.duoCode(), Integer.class)
                    .execute());
  }

  void removeChecks(Handle handle, String name, Set<DuoApi> apis) {
    for (DuoApi api : apis) {
      handle
          .createUpdate("DELETE FROM api_check WHERE configuration_name = :name AND api = :api")
          .bind("name", name)
          .bind("api", api.name())
          .execute();
    }
  }

  private static SecretRef proxyPasswordRef(String name) {
    return new SecretRef(OWNER_KIND, name, PROXY_PASSWORD);
  }
}
