package io.duoctl.core.logexport.exports;

import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.logs.Logs;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.Transport;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.mapping.TargetResolver;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.settings.DuoApi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The organizations of the organization store, reached the way every action reaches them ({@link
 * TargetResolver}: a child account through the parent's keys, or the organization's own Admin
 * keys), through each configuration's shared, paced background transport. Thread-safe.
 */
public final class ConfiguredExportSources implements ExportSources {
  private final OrganizationService organizations;
  private final TargetResolver targets;
  private final Function<String, Transport> transports;

  /**
   * @param transports the background-job transport of a configuration by name, sharing that
   *     configuration's pacer with every other Duo call
   */
  public ConfiguredExportSources(
      OrganizationService organizations,
      TargetResolver targets,
      Function<String, Transport> transports) {
    this.organizations = Objects.requireNonNull(organizations, "organizations");
    this.targets = Objects.requireNonNull(targets, "targets");
    this.transports = Objects.requireNonNull(transports, "transports");
  }

  @Override
  public List<ExportOrganization> organizations(
      String configuration, OrganizationSelection selection) {
    List<Organization> chosen = new ArrayList<>();
    switch (selection.kind()) {
      case LIST -> {
        Set<String> seen = new LinkedHashSet<>();
        for (String reference : selection.organizations()) {
          try {
            Organization org = organizations.getByNameOrId(configuration, reference);
            if (seen.add(org.id())) {
              chosen.add(org);
            }
          } catch (RuntimeException deleted) {
            // a deleted organization is no longer exported
          }
        }
      }
      case TAG ->
          organizations.listAll(configuration).stream()
              .filter(org -> org.tags().contains(selection.tag()))
              .forEach(chosen::add);
      case ALL -> chosen.addAll(organizations.listAll(configuration));
    }
    List<ExportOrganization> reachable = new ArrayList<>();
    for (Organization org : chosen) {
      try {
        targets.resolve(org, DuoApi.ADMIN);
        reachable.add(new ExportOrganization(org.id(), org.name()));
      } catch (RuntimeException unreachable) {
        // unmapped or without keys: exported once it can be reached
      }
    }
    return reachable;
  }

  @Override
  public Logs logs(String configuration, String organizationId) {
    var target = targets.resolve(organizationId, DuoApi.ADMIN);
    return new AdminApi(new ApiClient(transports.apply(configuration), target.toDuoTarget()))
        .logs();
  }
}
