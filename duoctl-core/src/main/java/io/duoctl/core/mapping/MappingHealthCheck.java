package io.duoctl.core.mapping;

import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.SettingsService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Computes {@link MappingHealth}: unmapped organizations (child-account mode only), unmapped Duo
 * accounts, names that normalize alike, mappings to accounts no longer listed, and organizations
 * whose mode lacks keys for the Admin API (every mode) or the Auth API (own-keys and parent modes,
 * where Auth keys are expected). Reads only; thread-safe.
 */
public final class MappingHealthCheck {
  private final Jdbi jdbi;
  private final SettingsService settings;
  private final OrganizationService organizations;
  private final TargetResolver resolver;

  public MappingHealthCheck(
      Jdbi jdbi, SettingsService settings, OrganizationService organizations) {
    this.jdbi = jdbi;
    this.settings = settings;
    this.organizations = organizations;
    this.resolver = new TargetResolver(jdbi, settings, organizations);
  }

  /** The health of a configuration's mapping (null: the default configuration). */
  public MappingHealth check(String configurationName) {
    String configuration = settings.get(configurationName).name();
    List<Organization> orgs = organizations.listAll(configuration);
    List<DuoAccount> accounts = jdbi.withHandle(h -> DuoAccountCache.list(h, configuration));
    Set<String> cached = accounts.stream().map(DuoAccount::accountId).collect(Collectors.toSet());
    Set<String> mapped =
        orgs.stream()
            .filter(Organization::isMapped)
            .map(Organization::duoAccountId)
            .collect(Collectors.toSet());
    List<MappingHealth.OrganizationRef> unmapped = new ArrayList<>();
    List<MappingHealth.StaleMapping> stale = new ArrayList<>();
    List<MappingHealth.MissingKeys> missing = new ArrayList<>();
    for (Organization org : orgs) {
      if (org.accessMode() == AccessMode.CHILD_ACCOUNT && !org.isMapped()) {
        unmapped.add(new MappingHealth.OrganizationRef(org.id(), org.name()));
      } else if (org.isMapped() && !cached.contains(org.duoAccountId())) {
        stale.add(new MappingHealth.StaleMapping(org.id(), org.name(), org.duoAccountId()));
      } else {
        missingKeys(org, DuoApi.ADMIN, missing);
        if (org.accessMode() != AccessMode.CHILD_ACCOUNT) {
          missingKeys(org, DuoApi.AUTH, missing);
        }
      }
    }
    List<MappingHealth.DuplicateName> duplicates = new ArrayList<>();
    duplicates.addAll(duplicates(MappingHealth.Side.ORGANIZATIONS, orgs, Organization::name));
    duplicates.addAll(duplicates(MappingHealth.Side.DUO_ACCOUNTS, accounts, DuoAccount::name));
    Instant refreshed =
        accounts.stream().map(DuoAccount::refreshedAt).max(Instant::compareTo).orElse(null);
    return new MappingHealth(
        configuration,
        refreshed,
        unmapped,
        accounts.stream().filter(a -> !mapped.contains(a.accountId())).toList(),
        duplicates,
        stale,
        missing);
  }

  private void missingKeys(Organization org, DuoApi api, List<MappingHealth.MissingKeys> out) {
    try {
      resolver.resolve(org, api);
    } catch (MissingApiKeysException e) {
      out.add(new MappingHealth.MissingKeys(org.id(), org.name(), api, e.getMessage()));
    }
  }

  private static <T> List<MappingHealth.DuplicateName> duplicates(
      MappingHealth.Side side, List<T> items, Function<T, String> name) {
    Map<String, List<String>> byNormalized = new TreeMap<>();
    for (T item : items) {
      byNormalized
          .computeIfAbsent(NameNormalizer.normalize(name.apply(item)), k -> new ArrayList<>())
          .add(name.apply(item));
    }
    return byNormalized.entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .map(e -> new MappingHealth.DuplicateName(side, e.getKey(), e.getValue()))
        .toList();
  }
}
