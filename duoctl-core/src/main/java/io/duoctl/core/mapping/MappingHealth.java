package io.duoctl.core.mapping;

import io.duoctl.core.settings.DuoApi;
import java.time.Instant;
import java.util.List;

/**
 * What needs attention in a configuration's mapping. A result, never an exception.
 *
 * @param accountsRefreshedAt when the Duo account list was last refreshed, or null if never
 */
public record MappingHealth(
    String configurationName,
    Instant accountsRefreshedAt,
    List<OrganizationRef> unmappedOrganizations,
    List<DuoAccount> unmappedAccounts,
    List<DuplicateName> duplicateNames,
    List<StaleMapping> staleMappings,
    List<MissingKeys> missingKeys) {
  public MappingHealth {
    unmappedOrganizations = List.copyOf(unmappedOrganizations);
    unmappedAccounts = List.copyOf(unmappedAccounts);
    duplicateNames = List.copyOf(duplicateNames);
    staleMappings = List.copyOf(staleMappings);
    missingKeys = List.copyOf(missingKeys);
  }

  /** An organization by id and name. */
  public record OrganizationRef(String id, String name) {}

  /** Names that normalize alike, among organizations or among Duo accounts. */
  public record DuplicateName(Side side, String normalizedName, List<String> names) {
    public DuplicateName {
      names = List.copyOf(names);
    }
  }

  /** Which list a duplicate was found in. */
  public enum Side {
    ORGANIZATIONS,
    DUO_ACCOUNTS
  }

  /** An organization mapped to an account that is no longer in the cached account list. */
  public record StaleMapping(String organizationId, String organizationName, String accountId) {}

  /** An organization whose access mode gives it no keys for an API it is expected to use. */
  public record MissingKeys(
      String organizationId, String organizationName, DuoApi api, String reason) {}

  /** Whether nothing needs attention. */
  public boolean healthy() {
    return unmappedOrganizations.isEmpty()
        && unmappedAccounts.isEmpty()
        && duplicateNames.isEmpty()
        && staleMappings.isEmpty()
        && missingKeys.isEmpty();
  }
}
