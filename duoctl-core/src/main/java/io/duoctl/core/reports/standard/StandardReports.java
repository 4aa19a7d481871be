package io.duoctl.core.reports.standard;

import io.duoctl.core.reports.ReportCatalog;
import java.util.List;

/** The reports duoctl ships, in the order they are listed. */
public final class StandardReports {

  private StandardReports() {}

  public static ReportCatalog catalog() {
    return ReportCatalog.of(
        List.of(
            CoverageReport.definition(),
            BypassUsersReport.definition(),
            BypassCodesReport.definition(),
            InactiveUsersReport.definition(),
            WeakFactorsReport.definition(),
            AdministratorsReport.definition(),
            AuthOutcomesReport.definition(),
            AccountsReport.definition()));
  }
}
