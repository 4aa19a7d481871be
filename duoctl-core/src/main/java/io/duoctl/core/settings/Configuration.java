package io.duoctl.core.settings;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named set of Duo parent keys (any subset of the three APIs), advanced settings, and the last
 * validation report. Secret keys are held as {@link io.duoctl.core.secrets.Secret}s.
 */
public record Configuration(
    String name,
    boolean isDefault,
    Map<DuoApi, ApiCredentials> apis,
    AdvancedSettings advanced,
    ValidationReport validation,
    Instant createdAt,
    Instant updatedAt) {
  public Configuration {
    Objects.requireNonNull(name, "name");
    EnumMap<DuoApi, ApiCredentials> copy = new EnumMap<>(DuoApi.class);
    copy.putAll(apis);
    apis = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(advanced, "advanced");
    Objects.requireNonNull(validation, "validation");
  }

  /** The keys of {@code api}, if this configuration has them. */
  public Optional<ApiCredentials> credentials(DuoApi api) {
    return Optional.ofNullable(apis.get(api));
  }
}
