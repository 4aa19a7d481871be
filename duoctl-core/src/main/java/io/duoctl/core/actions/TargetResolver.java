package io.duoctl.core.actions;

/**
 * Finds an organization by id or name and works out how to reach its Duo account (child account
 * through the parent's Accounts keys, own keys, or the parent itself). Implementations are
 * thread-safe and may cache child-account hostnames.
 */
@FunctionalInterface
public interface TargetResolver {

  /**
   * @param organization the organization's id or name
   * @throws OrganizationUnavailableException when unknown or not reachable
   */
  ResolvedOrganization resolve(String organization);
}
