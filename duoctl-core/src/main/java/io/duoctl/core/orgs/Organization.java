package io.duoctl.core.orgs;

import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.ApiCredentials;
import io.duoctl.core.settings.DuoApi;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A customer organization of the MSP, belonging to one configuration.
 *
 * @param id stable id (a UUID)
 * @param tags sorted, unmodifiable
 * @param variables sorted by name, unmodifiable
 * @param externalId the id in another system (PSA, RMM), or null
 * @param duoAccountId the mapped Duo child account, or null when unmapped
 * @param ownKeys the organization's own API keys (used in {@link AccessMode#OWN_KEYS})
 * @param directoryKey the {@code duo_admin_api_directory_key}, or null; masked in output
 */
public record Organization(
    String id,
    String configurationName,
    String name,
    String externalId,
    Set<String> tags,
    Map<String, String> variables,
    AccessMode accessMode,
    String duoAccountId,
    Map<DuoApi, ApiCredentials> ownKeys,
    Secret directoryKey,
    Instant createdAt,
    Instant updatedAt) {
  public Organization {
    tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    variables = Collections.unmodifiableSortedMap(new TreeMap<>(variables));
    EnumMap<DuoApi, ApiCredentials> keys = new EnumMap<>(DuoApi.class);
    keys.putAll(ownKeys);
    ownKeys = Collections.unmodifiableMap(keys);
  }

  /** Whether the organization is mapped to a Duo child account. */
  public boolean isMapped() {
    return duoAccountId != null;
  }

  /** The organization's own keys for {@code api}, if it has them. */
  public Optional<ApiCredentials> ownKeys(DuoApi api) {
    return Optional.ofNullable(ownKeys.get(api));
  }

  /** The directory key, if one is set. */
  public Optional<Secret> directoryKeyIfSet() {
    return Optional.ofNullable(directoryKey);
  }
}
