package io.duoctl.core.jobs;

import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Selects organizations of one configuration from the organization store: tags and "all" take the
 * organizations duoctl can reach (mapped, with their own keys, or the parent itself), by id.
 */
public final class OrganizationServiceDirectory implements OrganizationDirectory {

  private final OrganizationService organizations;
  private final String configurationName;

  public OrganizationServiceDirectory(OrganizationService organizations, String configurationName) {
    this.organizations = organizations;
    this.configurationName = configurationName;
  }

  @Override
  public List<String> select(OrganizationSelection selection) {
    return switch (selection.kind()) {
      case LIST -> List.copyOf(new LinkedHashSet<>(selection.organizations()));
      case TAG ->
          organizations.listAll(configurationName).stream()
              .filter(OrganizationServiceDirectory::reachable)
              .filter(org -> org.tags().contains(selection.tag()))
              .map(Organization::id)
              .toList();
      case ALL ->
          organizations.listAll(configurationName).stream()
              .filter(OrganizationServiceDirectory::reachable)
              .map(Organization::id)
              .toList();
    };
  }

  private static boolean reachable(Organization org) {
    return org.isMapped() || !org.ownKeys().isEmpty() || org.accessMode() == AccessMode.PARENT;
  }
}
