package io.duoctl.core.settings;

import io.duoctl.core.secrets.Secret;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to save into a configuration (created when it does not exist). APIs absent from {@code apis}
 * and not in {@code removedApis} keep their stored keys; a null {@code advanced} keeps the stored
 * advanced settings (defaults for a new configuration).
 */
public record ConfigurationUpdate(
    String name,
    Map<DuoApi, ApiCredentialsInput> apis,
    Set<DuoApi> removedApis,
    AdvancedSettings advanced) {
  public ConfigurationUpdate {
    EnumMap<DuoApi, ApiCredentialsInput> apiCopy = new EnumMap<>(DuoApi.class);
    apiCopy.putAll(apis);
    apis = Collections.unmodifiableMap(apiCopy);
    EnumSet<DuoApi> removedCopy = EnumSet.noneOf(DuoApi.class);
    removedCopy.addAll(removedApis);
    removedApis = Collections.unmodifiableSet(removedCopy);
  }

  /** An update of configuration {@code name} that changes nothing yet. */
  public static ConfigurationUpdate named(String name) {
    return new ConfigurationUpdate(name, Map.of(), Set.of(), null);
  }

  /** Also sets the keys of {@code api}; a null {@code secretKey} keeps the stored one. */
  public ConfigurationUpdate withApi(
      DuoApi api, String host, String integrationKey, Secret secretKey) {
    Objects.requireNonNull(api, "api");
    EnumMap<DuoApi, ApiCredentialsInput> next = new EnumMap<>(DuoApi.class);
    next.putAll(apis);
    next.put(api, new ApiCredentialsInput(host, integrationKey, secretKey));
    return new ConfigurationUpdate(name, next, removedApis, advanced);
  }

  /** Also removes every key of {@code api}. */
  public ConfigurationUpdate withoutApi(DuoApi api) {
    EnumSet<DuoApi> next = EnumSet.of(api);
    next.addAll(removedApis);
    return new ConfigurationUpdate(name, apis, next, advanced);
  }

  /** Also replaces the advanced settings (a null proxy password keeps the stored one). */
  public ConfigurationUpdate withAdvanced(AdvancedSettings value) {
    return new ConfigurationUpdate(name, apis, removedApis, value);
  }
}
