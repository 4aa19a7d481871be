package io.duoctl.core.actions;

import io.duoctl.core.settings.DuoApi;

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

  /**
   * The organization with a target for {@code api} only, for a run whose action calls that one API:
   * the other APIs are neither resolved nor required, so an Auth action works on an organization
   * without Admin access. By default {@link #resolve(String)}.
   *
   * @throws OrganizationUnavailableException when unknown
   */
  default ResolvedOrganization resolve(String organization, DuoApi api) {
    return resolve(organization);
  }

  /**
   * The configuration's parent (MSP) account, reached with its own keys and never a child's {@code
   * account_id}, for parent-level actions ({@link ActionLevel#PARENT}).
   *
   * @throws OrganizationUnavailableException when this resolver knows no parent account
   */
  default ResolvedOrganization parentAccount() {
    throw new OrganizationUnavailableException(
        ErrorCode.ORGANIZATION_UNAVAILABLE, "no parent account is configured here");
  }
}
