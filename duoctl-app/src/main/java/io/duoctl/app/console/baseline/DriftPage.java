package io.duoctl.app.console.baseline;

import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.Frame;
import io.duoctl.app.console.reports.ReportScope;
import java.util.List;

/**
 * What {@code baseline.jte} shows.
 *
 * @param settings the baseline's settings and values; empty when there is no baseline
 * @param drift the last drift check of the configuration on this server, or null
 * @param error a problem of the last form (an empty baseline, an unknown tag), or null
 */
public record DriftPage(
    Frame frame,
    ConfigurationChoice configurations,
    List<Setting> settings,
    ReportScope scope,
    List<String> organizations,
    List<String> tags,
    DriftRun drift,
    String error) {

  /** A setting of the baseline: Duo's parameter name and the value as JSON. */
  public record Setting(String name, String value) {}

  /** The organization's page in the console. */
  public String organizationPage(String organization) {
    return "/console/organizations?q=" + ReportScope.encode(organization);
  }
}
