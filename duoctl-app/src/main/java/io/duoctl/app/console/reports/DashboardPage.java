package io.duoctl.app.console.reports;

import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.Frame;
import java.util.List;

/**
 * What {@code dashboard.jte} shows: coverage per customer worst first and the accounts needing
 * attention, from the console's kept runs of {@code mfa_coverage}, {@code accounts} and {@code
 * administrators} over every organization, each with the time it was made; and the trend charts of
 * the daily snapshots.
 *
 * @param coverage null when the console has no run of {@code mfa_coverage} over every organization
 * @param sources each report the dashboard reads and when it was run ("not run yet" when never)
 * @param notice what the last refresh said, or null
 * @param trends the charts of the snapshots of the range chosen
 */
public record DashboardPage(
    Frame frame,
    ConfigurationChoice configurations,
    List<Coverage> coverage,
    List<Attention> attention,
    List<Source> sources,
    String notice,
    TrendCharts trends) {

  /** A report the dashboard reads, its page and when its kept run was made. */
  public record Source(String name, String title, String asOf) {}

  /** The report's page over every organization, filtered to {@code organization} unless null. */
  public String reportLink(String report, String organization) {
    return ReportsController.PATH
        + "/"
        + report
        + configurations.query()
        + "&target=all"
        + (organization == null ? "" : "&organization=" + ReportScope.encode(organization));
  }

  /** The organization's page in the console. */
  public String organizationPage(String organization) {
    return "/console/organizations?q=" + ReportScope.encode(organization);
  }

  /** The dashboard with the trends of the last {@code days} days. */
  public String trendsLink(int days) {
    String query = configurations.query();
    return DashboardController.PATH
        + (query.isEmpty() ? "?" : query + "&")
        + "days="
        + days
        + "#trends";
  }

  /** {@code page} for the range shown, for {@code aria-current}; null for the others. */
  public String currentRange(int days) {
    return trends.days() == days ? "page" : null;
  }

  public long lowCredits() {
    return Attention.LOW_CREDITS;
  }

  public String bypassShare() {
    return ReportCell.percent(Attention.BYPASS_SHARE);
  }

  public long inactiveAdminDays() {
    return Attention.INACTIVE_ADMIN_DAYS;
  }

  /** Whether no report the dashboard reads has been run. */
  public boolean empty() {
    return sources.stream().allMatch(s -> s.asOf() == null);
  }
}
