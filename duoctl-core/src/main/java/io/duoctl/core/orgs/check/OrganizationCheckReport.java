package io.duoctl.core.orgs.check;

import io.duoctl.core.orgs.AccessMode;
import java.util.List;

/**
 * What {@link OrganizationCheck} found for one organization, one {@link CheckItem} per part.
 *
 * @param items in the order admin, auth, mapping (child-account mode only), directory_key
 */
public record OrganizationCheckReport(
    String organizationId,
    String organization,
    String configuration,
    AccessMode accessMode,
    List<CheckItem> items) {
  public OrganizationCheckReport {
    items = List.copyOf(items);
  }

  /** Whether nothing failed (a directory key or Auth keys not set do not fail it). */
  public boolean ok() {
    return items.stream().noneMatch(CheckItem::failed);
  }
}
