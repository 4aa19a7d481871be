package io.duoctl.core.reports;

import io.duoctl.core.actions.ActionError;
import java.util.List;
import java.util.Objects;

/**
 * One organization's part of a report run: its rows, or why it has none (Duo refused or failed, the
 * organization is unknown, or it was skipped as unreachable). Never silently missing.
 *
 * @param error null when the organization was read
 * @param <R> the row type
 */
public record OrganizationReport<R>(
    String organizationId, String organization, List<R> rows, ActionError error) {

  public OrganizationReport {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(organization, "organization");
    rows = List.copyOf(rows);
    if (error != null && !rows.isEmpty()) {
      throw new IllegalArgumentException("a failed organization has no rows");
    }
  }

  public static <R> OrganizationReport<R> failed(
      String organizationId, String organization, ActionError error) {
    return new OrganizationReport<>(
        organizationId, organization, List.of(), Objects.requireNonNull(error, "error"));
  }

  public boolean ok() {
    return error == null;
  }
}
