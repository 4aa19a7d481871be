package io.duoctl.core.jobs;

import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Selects organizations of one configuration from the organization store, by id: a tag takes every
 * organization with it (none is an error), "all" every organization. Whether duoctl can reach them
 * for an action's API is the fan-out's question ({@link SkippedOrganization}).
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
      case TAG -> tagged(selection.tag());
      case ALL -> organizations.listAll(configurationName).stream().map(Organization::id).toList();
    };
  }

  @Override
  public Optional<String> configuration() {
    return Optional.ofNullable(configurationName);
  }

  private List<String> tagged(String tag) {
    List<Organization> all = organizations.listAll(configurationName);
    List<String> tagged =
        all.stream().filter(org -> org.tags().contains(tag)).map(Organization::id).toList();
    if (tagged.isEmpty()) {
      throw new NoOrganizationTaggedException(
          tag,
          all.stream()
              .flatMap(org -> org.tags().stream())
              .collect(Collectors.toCollection(TreeSet::new)));
    }
    return tagged;
  }
}
