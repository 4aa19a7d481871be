package io.duoctl.app.console.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filters on a report's rows, applied by the server to the kept run so that a large result
 * stays paged: one organization (by name, "" for all), a text every shown cell is searched for (any
 * case), and the first row of the page.
 */
public record ReportFilter(String organization, String text, int offset) {

  static final int PAGE = 100;

  static ReportFilter of(Map<String, List<String>> params) {
    int offset;
    try {
      offset = Math.max(0, Integer.parseInt(first(params, "offset")));
    } catch (NumberFormatException e) {
      offset = 0;
    }
    return new ReportFilter(first(params, "organization"), first(params, "q"), offset);
  }

  boolean organization(String name) {
    return organization.isEmpty() || organization.equals(name);
  }

  boolean matches(String organizationName, List<ReportCell> cells) {
    if (text.isEmpty()) {
      return true;
    }
    String wanted = text.toLowerCase(Locale.ROOT);
    return organizationName.toLowerCase(Locale.ROOT).contains(wanted)
        || cells.stream().anyMatch(c -> c.text().toLowerCase(Locale.ROOT).contains(wanted));
  }

  /** The filters as query parameters, without the offset. */
  public String query() {
    return "organization=" + ReportScope.encode(organization) + "&q=" + ReportScope.encode(text);
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
  }
}
