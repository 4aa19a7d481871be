package io.duoctl.app.console.reports;

import io.duoctl.core.jobs.OrganizationSelection;
import java.util.Objects;

/**
 * What makes two report runs the same question: configuration, report, organizations and the
 * validated input (defaults filled in, as canonical JSON text).
 */
record ReportKey(
    String configuration, String report, OrganizationSelection selection, String input) {

  ReportKey {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(input, "input");
  }
}
