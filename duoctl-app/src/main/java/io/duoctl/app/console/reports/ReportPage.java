package io.duoctl.app.console.reports;

import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.Frame;
import io.duoctl.app.console.actions.FormState;
import io.duoctl.app.console.actions.InputForm;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code reports/report.jte} shows: the report's form (its inputs, generated as an action's,
 * and the scope), and the kept run of that question, if any, as a filtered page of rows.
 *
 * @param report the report's name, title and description
 * @param inputs the form's values as name and value pairs ({@code in.days}), for links, the filter
 *     form and downloads
 * @param error a problem of the whole form (an unknown tag, a refused role), or null
 * @param table the kept run's rows, or null when the console has no run of this question
 * @param asOf when the kept run was made (UTC), or null
 * @param actor who made it, or null
 */
public record ReportPage(
    Frame frame,
    ConfigurationChoice configurations,
    Entry report,
    InputForm form,
    FormState state,
    ReportScope scope,
    List<String> organizations,
    List<String> tags,
    List<Param> inputs,
    String error,
    ReportTable table,
    ReportFilter filter,
    String asOf,
    String actor) {

  /** A report of the catalog. */
  public record Entry(String name, String title, String description) {}

  /** A query parameter. */
  public record Param(String name, String value) {}

  /**
   * The parameters of the run this page shows, for the filter form: configuration, scope, inputs.
   */
  public List<Param> hidden() {
    List<Param> params = new ArrayList<>();
    if (configurations.configured()) {
      params.add(new Param(ConfigurationChoice.PARAM, configurations.selected()));
    }
    params.add(new Param("target", scope.target()));
    if (!scope.organization().isEmpty()) {
      params.add(new Param("org", scope.organization()));
    }
    if (!scope.tag().isEmpty()) {
      params.add(new Param("tag", scope.tag()));
    }
    params.addAll(inputs);
    return params;
  }

  /** The parameters of the run as a query string. */
  public String run() {
    return query(hidden());
  }

  /** The page's own path. */
  public String path() {
    return ReportsController.PATH + "/" + report.name();
  }

  /** The link of a download in {@code format} of the run this page shows. */
  public String download(String format) {
    return path() + "/download?format=" + format + "&" + run();
  }

  /** The page filtered to one organization of the run. */
  public String filtered(String organization) {
    return path() + "?" + run() + "&organization=" + ReportScope.encode(organization);
  }

  /** The page for just one organization (a run of its own). */
  public String only(String organization) {
    List<Param> params = new ArrayList<>();
    hidden().stream().filter(p -> p.name().equals(ConfigurationChoice.PARAM)).forEach(params::add);
    params.add(new Param("target", "org"));
    params.add(new Param("org", organization));
    params.addAll(inputs);
    return path() + "?" + query(params);
  }

  private static String query(List<Param> params) {
    return params.stream()
        .map(p -> p.name() + "=" + ReportScope.encode(p.value()))
        .collect(Collectors.joining("&"));
  }

  /** The page of the same run with other filters, at {@code offset}. */
  public String page(int offset) {
    return path() + "?" + run() + "&" + filter.query() + "&offset=" + offset;
  }

  /** The organization's page in the console. */
  public String organizationPage(String organization) {
    return "/console/organizations?q=" + ReportScope.encode(organization);
  }
}
