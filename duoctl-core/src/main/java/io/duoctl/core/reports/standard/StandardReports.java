package io.duoctl.core.reports.standard;

import io.duoctl.core.reports.ReportCatalog;
import io.duoctl.core.reports.ReportDefinition;
import java.util.ArrayList;
import java.util.List;

/** The reports duoctl ships, in the order they are listed. */
public final class StandardReports {

  private StandardReports() {}

  public static ReportCatalog catalog() {
    return catalog(List.of());
  }

  /** The shipped reports, then {@code more} (reports that need a service, e.g. billing). */
  public static ReportCatalog catalog(List<ReportDefinition<?>> more) {
    List<ReportDefinition<?>> all =
        new ArrayList<>(
            List.of(
                CoverageReport.definition(),
                BypassUsersReport.definition(),
                BypassCodesReport.definition(),
                InactiveUsersReport.definition(),
                WeakFactorsReport.definition(),
                AdministratorsReport.definition(),
                AuthOutcomesReport.definition(),
                AccountsReport.definition()));
    all.addAll(more);
    return ReportCatalog.of(all);
  }
}
