package io.duoctl.core.reports.snapshots;

import io.duoctl.core.actions.ActionError;
import java.util.List;
import java.util.Objects;

/**
 * An organization whose figures could not be read for a snapshot: those figure sets got no row that
 * day (never a row of zeros).
 *
 * @param missing the figure sets not stored ({@code coverage} and {@code billing} come from the
 *     users, {@code accounts} from the account summary)
 */
public record SnapshotFailure(
    String organizationId, String organization, List<String> missing, ActionError error) {

  public SnapshotFailure {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(organization, "organization");
    missing = List.copyOf(missing);
    Objects.requireNonNull(error, "error");
  }
}
