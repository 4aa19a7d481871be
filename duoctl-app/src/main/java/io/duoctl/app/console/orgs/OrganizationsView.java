package io.duoctl.app.console.orgs;

import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.Frame;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything the organizations page shows.
 *
 * @param configured false when no Duo configuration is saved yet (the page then only says so)
 * @param accountLabels the datalist of the account picker: {@code Name (ID)} per cached account
 * @param health the mapping-health lines (empty when healthy)
 * @param message a success message, or null
 * @param error an error for the whole page, or null
 */
public record OrganizationsView(
    Frame frame,
    boolean configured,
    List<MappingRowView> rows,
    List<String> accountLabels,
    String accountsRefreshedAt,
    List<String> health,
    Filter filter,
    long total,
    String message,
    String error) {

  /** Rows per page. */
  public static final int PAGE_SIZE = 50;

  /**
   * The table's configuration, filter and page.
   *
   * @param choice the configuration the page works on
   * @param show {@code all}, {@code unmapped} or {@code mapped}
   */
  public record Filter(
      ConfigurationChoice choice, String q, String show, String tag, int offset, boolean suggest) {
    public Filter {
      q = q == null ? "" : q.strip();
      show = show == null || show.isBlank() ? "all" : show;
      tag = tag == null ? "" : tag.strip();
      offset = Math.max(0, offset);
    }

    /** The selected configuration's name, or null when none is saved yet. */
    public String configuration() {
      return choice.selected();
    }

    /** The query string of this filter at {@code pageOffset}. */
    public String query(int pageOffset) {
      return "?"
          + ConfigurationChoice.PARAM
          + "="
          + encode(choice.configured() ? choice.selected() : "")
          + "&q="
          + encode(q)
          + "&show="
          + encode(show)
          + "&tag="
          + encode(tag)
          + "&offset="
          + pageOffset
          + (suggest ? "&suggest=1" : "");
    }

    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
  }

  public boolean healthy() {
    return health.isEmpty();
  }

  public boolean hasPrevious() {
    return filter.offset() > 0;
  }

  public boolean hasNext() {
    return filter.offset() + rows.size() < total;
  }

  public String previousQuery() {
    return filter.query(Math.max(0, filter.offset() - PAGE_SIZE));
  }

  public String nextQuery() {
    return filter.query(filter.offset() + PAGE_SIZE);
  }

  /** "1–50 of 340". */
  public String range() {
    return rows.isEmpty()
        ? "0 of " + total
        : (filter.offset() + 1) + "–" + (filter.offset() + rows.size()) + " of " + total;
  }
}
