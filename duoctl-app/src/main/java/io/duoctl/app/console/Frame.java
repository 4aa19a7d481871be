package io.duoctl.app.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the layout template ({@code layout.jte}) needs around every page: the title, which nav entry
 * is current, the signed-in operator (null on the sign-in pages) and the session's CSRF token.
 * Build it with {@link Pages#frame}.
 *
 * @param title the page title, e.g. "Integration"
 * @param nav the key of the current nav entry (see {@link #NAV}), or "" for none
 * @param operator the signed-in operator's username, or null
 * @param csrfToken the token to put into every form ({@code _csrf}) and htmx request
 * @param configuration the Duo configuration the page works on, kept in the links to the other
 *     pages that work on one (organizations, actions, workflows); null for the default
 */
public record Frame(
    String title, String nav, String operator, String csrfToken, String configuration) {
  /** One entry of the main navigation. */
  public record NavItem(String key, String label, String path) {}

  /** The console's pages, in nav order. */
  public static final List<NavItem> NAV =
      List.of(
          new NavItem("dashboard", "Dashboard", ConsoleModule.ROOT + "/dashboard"),
          new NavItem("integration", "Integration", ConsoleModule.ROOT + "/integration"),
          new NavItem("organizations", "Organizations", ConsoleModule.ROOT + "/organizations"),
          new NavItem("actions", "Actions", ConsoleModule.ROOT + "/actions"),
          new NavItem("jobs", "Jobs", ConsoleModule.ROOT + "/jobs"),
          new NavItem("reports", "Reports", ConsoleModule.ROOT + "/reports"),
          new NavItem("workflows", "Workflows", ConsoleModule.ROOT + "/workflows"),
          new NavItem("schedules", "Schedules", ConsoleModule.ROOT + "/schedules"),
          new NavItem("logs", "Logs", ConsoleModule.ROOT + "/log-exports"),
          new NavItem("audit", "Audit", ConsoleModule.ROOT + "/audit"),
          new NavItem("tokens", "API tokens", ConsoleModule.ROOT + "/tokens"));

  /** This frame, on a page that works on configuration {@code name} (null: the default). */
  public Frame withConfiguration(String name) {
    return new Frame(title, nav, operator, csrfToken, name);
  }

  /** The link of a nav entry, keeping the chosen configuration where the page takes one. */
  public String href(NavItem item) {
    boolean takesOne =
        item.key().equals("organizations")
            || item.key().equals("actions")
            || item.key().equals("workflows")
            || item.key().equals("reports")
            || item.key().equals("dashboard");
    return takesOne && configuration != null
        ? item.path()
            + "?"
            + ConfigurationChoice.PARAM
            + "="
            + URLEncoder.encode(configuration, StandardCharsets.UTF_8)
        : item.path();
  }

  public boolean signedIn() {
    return operator != null;
  }

  /** The {@code hx-headers} JSON that sends the CSRF token with every htmx request. */
  public String htmxHeaders() {
    return "{\"" + SessionGuard.CSRF_HEADER + "\": \"" + csrfToken + "\"}";
  }

  /** The name of the hidden form field carrying the CSRF token. */
  public String csrfField() {
    return SessionGuard.CSRF_FIELD;
  }

  /** "page" for the current nav entry (for {@code aria-current}), else null. */
  public String current(NavItem item) {
    return item.key().equals(nav) ? "page" : null;
  }
}
