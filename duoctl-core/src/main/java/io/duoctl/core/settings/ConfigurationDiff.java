package io.duoctl.core.settings;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.secrets.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The audited differences between two states of a configuration, secrets redacted. */
final class ConfigurationDiff {
  private ConfigurationDiff() {}

  static List<AuditChange> between(Optional<Configuration> before, Configuration after) {
    List<AuditChange> changes = new ArrayList<>();
    for (DuoApi api : DuoApi.values()) {
      ApiCredentials was = before.flatMap(c -> c.credentials(api)).orElse(null);
      ApiCredentials is = after.credentials(api).orElse(null);
      String prefix = api.fieldPrefix();
      plain(
          changes,
          prefix + ".host",
          was == null ? null : was.host(),
          is == null ? null : is.host());
      plain(
          changes,
          prefix + ".integration_key",
          was == null ? null : was.integrationKey(),
          is == null ? null : is.integrationKey());
      secret(
          changes,
          prefix + ".secret_key",
          was == null ? null : was.secretKey(),
          is == null ? null : is.secretKey());
    }
    AdvancedSettings a = before.map(Configuration::advanced).orElse(null);
    AdvancedSettings b = after.advanced();
    plain(
        changes,
        "advanced.signature_version",
        a == null ? null : a.signatureVersion(),
        b.signatureVersion());
    plain(
        changes,
        "advanced.connect_timeout",
        a == null ? null : a.connectTimeout(),
        b.connectTimeout());
    plain(
        changes,
        "advanced.request_timeout",
        a == null ? null : a.requestTimeout(),
        b.requestTimeout());
    plain(changes, "advanced.call_deadline", a == null ? null : a.callDeadline(), b.callDeadline());
    plain(
        changes,
        "advanced.sync_call_deadline",
        a == null ? null : a.syncCallDeadline(),
        b.syncCallDeadline());
    plain(
        changes,
        "advanced.trust_store_path",
        a == null ? null : a.trustStorePath(),
        b.trustStorePath());
    plain(
        changes,
        "advanced.allow_plain_http",
        a == null ? null : a.allowPlainHttp(),
        b.allowPlainHttp());
    ProxySettings pa = a == null ? null : a.proxy();
    ProxySettings pb = b.proxy();
    plain(
        changes,
        "advanced.proxy",
        pa == null ? null : pa.host() + ":" + pa.port(),
        pb == null ? null : pb.host() + ":" + pb.port());
    plain(
        changes,
        "advanced.proxy.user",
        pa == null ? null : pa.user(),
        pb == null ? null : pb.user());
    secret(
        changes,
        "advanced.proxy.password",
        pa == null ? null : pa.password(),
        pb == null ? null : pb.password());
    return changes;
  }

  static boolean keysChanged(Optional<Configuration> before, Configuration after, DuoApi api) {
    return !Objects.equals(before.flatMap(c -> c.credentials(api)), after.credentials(api));
  }

  private static void plain(List<AuditChange> changes, String field, Object was, Object is) {
    if (!Objects.equals(was, is)) {
      changes.add(AuditChange.of(field, was, is));
    }
  }

  private static void secret(List<AuditChange> changes, String field, Secret was, Secret is) {
    if (!Objects.equals(was, is)) {
      changes.add(AuditChange.secret(field, was != null, is != null));
    }
  }
}
