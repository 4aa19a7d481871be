package io.duoctl.core.settings;

import io.duoctl.core.errors.FieldError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Every check on a {@link ConfigurationUpdate} before anything is stored, all errors at once. */
final class SettingsInputChecks {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

  private SettingsInputChecks() {}

  static void check(ConfigurationUpdate update, Optional<Configuration> existing) {
    List<FieldError> errors = new ArrayList<>();
    if (update.name() == null || !NAME.matcher(update.name()).matches()) {
      errors.add(
          new FieldError(
              "name",
              "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"
                  + " (e.g. production)"));
    }
    update
        .apis()
        .forEach(
            (api, input) -> {
              if (update.removedApis().contains(api)) {
                errors.add(
                    new FieldError(
                        api.fieldPrefix(), "is both set and removed; do only one of the two"));
              }
              boolean stored = existing.flatMap(c -> c.credentials(api)).isPresent();
              ApiKeyRules.check(api.fieldPrefix(), input, stored, errors);
            });
    if (update.advanced() != null) {
      checkAdvanced(update.advanced(), existing, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidSettingsException(errors);
    }
  }

  private static void checkAdvanced(
      AdvancedSettings advanced, Optional<Configuration> existing, List<FieldError> errors) {
    checkTimeout("advanced.connect_timeout", advanced.connectTimeout(), errors);
    checkTimeout("advanced.request_timeout", advanced.requestTimeout(), errors);
    checkTimeout("advanced.call_deadline", advanced.callDeadline(), errors);
    checkTimeout("advanced.sync_call_deadline", advanced.syncCallDeadline(), errors);
    ProxySettings proxy = advanced.proxy();
    if (proxy != null) {
      HostNames.problem(proxy.host())
          .ifPresent(p -> errors.add(new FieldError("advanced.proxy.host", p)));
      if (proxy.port() < 1 || proxy.port() > 65535) {
        errors.add(new FieldError("advanced.proxy.port", "must be between 1 and 65535, e.g. 3128"));
      }
      boolean hasUser = proxy.user() != null && !proxy.user().isBlank();
      boolean storedPassword =
          existing.map(c -> c.advanced().proxy()).map(p -> p.password() != null).orElse(false);
      if (proxy.password() != null && !hasUser) {
        errors.add(
            new FieldError(
                "advanced.proxy.user", "is required when a proxy password is given; enter it"));
      }
      if (hasUser && proxy.password() == null && !storedPassword) {
        errors.add(
            new FieldError(
                "advanced.proxy.password", "is required when a proxy user is given; enter it"));
      }
    }
    if (advanced.trustStorePath() != null && advanced.trustStorePath().isBlank()) {
      errors.add(
          new FieldError(
              "advanced.trust_store_path",
              "must name a trust store or CA file, or be left out to use the JDK's"));
    }
  }

  private static void checkTimeout(String field, Duration value, List<FieldError> errors) {
    if (value.isNegative() || value.isZero() || value.compareTo(MAX_TIMEOUT) > 0) {
      errors.add(
          new FieldError(field, "must be more than 0 and at most 10 minutes, e.g. 30 seconds"));
    }
  }
}
