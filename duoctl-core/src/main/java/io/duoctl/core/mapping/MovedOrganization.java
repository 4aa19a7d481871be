package io.duoctl.core.mapping;

import io.duoctl.core.orgs.Organization;

/**
 * An organization after {@link OrganizationMoves#move}: where it came from and what became of its
 * mapping.
 *
 * @param organization the organization in its new configuration
 * @param fromConfiguration the configuration it left
 * @param mapping what became of its mapping to a Duo child account
 * @param duoAccountId the account it was mapped to before the move, or null
 */
public record MovedOrganization(
    Organization organization, String fromConfiguration, Mapping mapping, String duoAccountId) {

  /** What became of the mapping. */
  public enum Mapping {
    /** It was not mapped. */
    NONE,
    /** The new configuration lists the same Duo account, so the mapping stays. */
    KEPT,
    /** The account belongs to the old configuration's parent; the mapping was removed. */
    CLEARED
  }

  /** One sentence for people: where it moved and what became of the mapping. */
  public String summary() {
    String moved =
        "Moved "
            + organization.name()
            + " from configuration \""
            + fromConfiguration
            + "\" to \""
            + organization.configurationName()
            + "\"";
    return switch (mapping) {
      case NONE -> moved + "; it was not mapped to a Duo account.";
      case KEPT ->
          moved
              + "; its mapping to Duo account "
              + duoAccountId
              + " stays, as \""
              + organization.configurationName()
              + "\" lists that account too.";
      case CLEARED ->
          moved
              + "; its mapping to Duo account "
              + duoAccountId
              + " was cleared, as that account belongs to \""
              + fromConfiguration
              + "\"'s parent account: map it again (duoctl mapping set ORG ACCOUNT --config "
              + organization.configurationName()
              + ").";
    };
  }
}
