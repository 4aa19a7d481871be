package io.duoctl.core.actions;

/**
 * Finds an organization by id or name and works out how to reach its Duo account for each API
 * (child account through the parent's Accounts keys, own keys, or the parent itself): the port the
 * runner and fan-out use. {@link MappedOrganizationResolver} implements it over the organization
 * store and mapping. Implementations are thread-safe.
 */
@FunctionalInterface
public interface OrganizationResolver {

  /**
   * @param organization the organization's id or name
   * @throws OrganizationUnavailableException when unknown or not reachable
   */
  ResolvedOrganization resolve(String organization);
}
