package io.duoctl.core.actions;

import io.duoctl.client.DuoTarget;
import io.duoctl.core.mapping.MissingApiKeysException;
import io.duoctl.core.mapping.OrganizationNotMappedException;
import io.duoctl.core.mapping.ResolvedTarget;
import io.duoctl.core.mapping.StaleMappingException;
import io.duoctl.core.mapping.TargetResolver;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationNotFoundException;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.settings.DuoApi;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The organizations of one configuration, by id or name, reached as the mapping says ({@link
 * TargetResolver}): every API the organization can reach gets a target; the others keep the
 * mapping's explanation; a run of one action resolves only the API it calls. Thread-safe; reads
 * only.
 */
public final class MappedOrganizationResolver implements OrganizationResolver {

  private final OrganizationService organizations;
  private final TargetResolver targets;
  private final String configurationName;

  public MappedOrganizationResolver(
      OrganizationService organizations, TargetResolver targets, String configurationName) {
    this.organizations = organizations;
    this.targets = targets;
    this.configurationName = configurationName;
  }

  @Override
  public ResolvedOrganization resolve(String organization) {
    return resolve(organization, EnumSet.allOf(DuoApi.class));
  }

  @Override
  public ResolvedOrganization resolve(String organization, DuoApi api) {
    return resolve(organization, EnumSet.of(api));
  }

  private ResolvedOrganization resolve(String organization, Set<DuoApi> apis) {
    Organization org;
    try {
      org = organizations.getByNameOrId(configurationName, organization);
    } catch (OrganizationNotFoundException e) {
      throw OrganizationUnavailableException.unknown(organization);
    }
    if (!org.configurationName().equals(configurationName)) {
      throw new OrganizationUnavailableException(
          ErrorCode.UNKNOWN_ORGANIZATION,
          "organization "
              + organization
              + " belongs to configuration \""
              + org.configurationName()
              + "\", not \""
              + configurationName
              + "\"; name that configuration to run actions for it");
    }
    Function<DuoApi, ResolvedTarget> resolver = targets.resolverFor(org);
    Map<DuoApi, DuoTarget> reachable = new EnumMap<>(DuoApi.class);
    Map<DuoApi, String> unavailable = new EnumMap<>(DuoApi.class);
    for (DuoApi api : apis) {
      try {
        reachable.put(api, target(resolver.apply(api)));
      } catch (MissingApiKeysException | OrganizationNotMappedException | StaleMappingException e) {
        unavailable.put(api, e.getMessage());
      }
    }
    Set<DuoApi> ownKeys = EnumSet.noneOf(DuoApi.class);
    reachable.keySet().stream()
        .filter(api -> TargetResolver.usesOwnKeys(org, api))
        .forEach(ownKeys::add);
    return new ResolvedOrganization(
        org.id(), org.name(), reachable, org.directoryKeyIfSet(), unavailable, ownKeys);
  }

  @Override
  public ResolvedOrganization parentAccount() {
    Function<DuoApi, ResolvedTarget> resolver = targets.parentAccountResolver(configurationName);
    Map<DuoApi, DuoTarget> reachable = new EnumMap<>(DuoApi.class);
    Map<DuoApi, String> unavailable = new EnumMap<>(DuoApi.class);
    for (DuoApi api : DuoApi.values()) {
      try {
        reachable.put(api, target(resolver.apply(api)));
      } catch (MissingApiKeysException e) {
        unavailable.put(api, e.getMessage());
      }
    }
    return ResolvedOrganization.parent(reachable, unavailable);
  }

  private static DuoTarget target(ResolvedTarget resolved) {
    return new DuoTarget(
        resolved.host(),
        resolved.integrationKey(),
        resolved.secretKey().reveal(),
        Optional.ofNullable(resolved.accountId()));
  }
}
