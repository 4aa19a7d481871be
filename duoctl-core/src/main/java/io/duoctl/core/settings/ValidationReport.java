package io.duoctl.core.settings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The stored validation results of a configuration, one per API that was checked. */
public record ValidationReport(Map<DuoApi, ApiCheck> checks) {
  public ValidationReport {
    EnumMap<DuoApi, ApiCheck> copy = new EnumMap<>(DuoApi.class);
    copy.putAll(checks);
    checks = Collections.unmodifiableMap(copy);
  }

  /** A report with no checks yet (never validated, or keys changed since). */
  public static ValidationReport empty() {
    return new ValidationReport(Map.of());
  }

  public Optional<ApiCheck> check(DuoApi api) {
    return Optional.ofNullable(checks.get(api));
  }

  /**
   * Whether every checked API passed, ignoring {@link ValidationStatus#NOT_CONFIGURED}; false for
   * an empty report.
   */
  public boolean allOk() {
    return checks.values().stream().anyMatch(ApiCheck::ok)
        && checks.values().stream()
            .allMatch(c -> c.ok() || c.status() == ValidationStatus.NOT_CONFIGURED);
  }
}
