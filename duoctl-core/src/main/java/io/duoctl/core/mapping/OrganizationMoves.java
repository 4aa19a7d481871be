package io.duoctl.core.mapping;

import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Moves an organization to another configuration with its tags, variables, access mode and keys.
 * Its Duo child account is one of the old configuration's parent account: the mapping stays only
 * when the new configuration's account list has that account too and no organization there is
 * mapped to it; otherwise it is cleared, and the result says which. One transaction with its audit
 * entries, holding both configurations' mapping locks. Thread-safe.
 */
public final class OrganizationMoves {
  private final Jdbi jdbi;
  private final OrganizationService organizations;
  private final AuditLog audit;

  public OrganizationMoves(Jdbi jdbi, OrganizationService organizations, AuditLog audit) {
    this.jdbi = jdbi;
    this.organizations = organizations;
    this.audit = audit;
  }

  /**
   * Moves organization {@code organizationId} to configuration {@code configuration}.
   *
   * @throws io.duoctl.core.orgs.InvalidOrganizationException naming {@code configuration} when it
   *     is blank, unknown or the organization's own
   * @throws io.duoctl.core.orgs.DuplicateOrganizationException if that configuration has an
   *     organization of the same name
   * @throws io.duoctl.core.orgs.OrganizationNotFoundException if there is no such organization
   */
  public MovedOrganization move(String organizationId, String configuration, String actor) {
    return jdbi.inTransaction(
        handle -> {
          Organization org = organizations.getWithin(handle, organizationId);
          String target = organizations.moveTarget(org, configuration);
          Stream.of(org.configurationName(), target)
              .sorted()
              .forEach(name -> ConfigurationLock.hold(handle, name));
          org = organizations.getWithin(handle, organizationId);
          MovedOrganization.Mapping mapping = mappingAfterMove(handle, org, target);
          Organization moved = organizations.moveWithin(handle, org, target, actor);
          switch (mapping) {
            case KEPT -> MappingRows.moveTo(handle, org.id(), target);
            case CLEARED -> {
              MappingRows.clear(handle, org.id());
              MappingAudit.append(
                  audit, handle, actor, org, "mapping.cleared", org.duoAccountId(), null);
            }
            case NONE -> {}
          }
          return new MovedOrganization(
              organizations.getWithin(handle, moved.id()),
              org.configurationName(),
              mapping,
              org.duoAccountId());
        });
  }

  private static MovedOrganization.Mapping mappingAfterMove(
      Handle handle, Organization org, String target) {
    if (!org.isMapped()) {
      return MovedOrganization.Mapping.NONE;
    }
    boolean listedThere = DuoAccountCache.find(handle, target, org.duoAccountId()).isPresent();
    boolean takenThere =
        MappingRows.organizationMappedTo(handle, target, org.duoAccountId()).isPresent();
    return listedThere && !takenThere
        ? MovedOrganization.Mapping.KEPT
        : MovedOrganization.Mapping.CLEARED;
  }
}
