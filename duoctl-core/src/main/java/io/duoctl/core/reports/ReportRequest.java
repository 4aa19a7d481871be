package io.duoctl.core.reports;

import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.jobs.SkippedOrganization;
import java.util.List;
import java.util.Objects;

/**
 * A report run that was checked and may start ({@link ReportRunner#prepare}): the report, its
 * validated input, and the organizations it runs for and leaves out. Immutable.
 *
 * @param <R> the row type
 */
public record ReportRequest<R>(
    ReportDefinition<R> report,
    ActionInput input,
    OrganizationSelection selection,
    List<String> organizations,
    List<SkippedOrganization> skipped) {

  public ReportRequest {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(selection, "selection");
    organizations = List.copyOf(organizations);
    skipped = List.copyOf(skipped);
  }
}
