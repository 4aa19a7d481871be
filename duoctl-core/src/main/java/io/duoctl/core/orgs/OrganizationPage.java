package io.duoctl.core.orgs;

import java.util.List;

/** One page of organizations and how many match in total. */
public record OrganizationPage(
    List<Organization> organizations, long total, int offset, int limit) {
  public OrganizationPage {
    organizations = List.copyOf(organizations);
  }

  public boolean hasMore() {
    return offset + organizations.size() < total;
  }
}
