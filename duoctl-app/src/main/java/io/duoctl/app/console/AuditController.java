package io.duoctl.app.console;

import io.duoctl.app.Duoctl;
import io.duoctl.core.audit.AuditPage;
import io.duoctl.core.audit.AuditQuery;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The audit page: the log newest first, filtered by organization, action, actor, workflow run (the
 * entries of the actions it ran) and a range of days (UTC), {@value #PAGE_SIZE} entries a page.
 */
final class AuditController {
  static final String PATH = ConsoleModule.ROOT + "/audit";
  static final int PAGE_SIZE = 50;

  private final Pages pages;
  private final Duoctl app;

  AuditController(Pages pages, Duoctl app) {
    this.pages = pages;
    this.app = app;
  }

  void show(Context ctx) {
    AuditFilter filter = AuditFilter.from(ctx::queryParam);
    Map<String, String> organizations = OrganizationNames.byId(app);
    Map<String, Object> params = new HashMap<>();
    params.put("frame", pages.frame(ctx, "Audit", "audit"));
    params.put("filter", filter);
    params.put("organizations", organizations);
    if (filter.error() != null) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      params.put("page", null);
    } else {
      params.put("page", app.audit().find(query(filter)));
    }
    pages.render(ctx, "audit.jte", params);
  }

  private static AuditQuery query(AuditFilter filter) {
    AuditQuery query =
        AuditQuery.all()
            .withActor(filter.actor())
            .withAction(filter.action())
            .withSubject(null, filter.organization())
            .withWorkflowRun(filter.run())
            .between(startOf(filter.from()), startOf(filter.to(), 1))
            .page(filter.page() * PAGE_SIZE, PAGE_SIZE);
    return query;
  }

  private static Instant startOf(LocalDate day) {
    return startOf(day, 0);
  }

  private static Instant startOf(LocalDate day, int plusDays) {
    return day == null ? null : day.plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * The filter as given in the query string; blank fields are null. {@code error} says what is
   * wrong with the dates, if anything.
   */
  record AuditFilter(
      String organization,
      String action,
      String actor,
      String run,
      LocalDate from,
      LocalDate to,
      int page,
      String error) {

    static AuditFilter from(java.util.function.Function<String, String> param) {
      String error = null;
      LocalDate from = null;
      LocalDate to = null;
      try {
        from = date(param.apply("from"));
        to = date(param.apply("to"));
        if (from != null && to != null && to.isBefore(from)) {
          error = "The \"to\" day is before the \"from\" day; swap them.";
        }
      } catch (DateTimeParseException e) {
        error = "Dates must be days like 2026-11-28.";
      }
      int page = 0;
      try {
        String p = blankToNull(param.apply("page"));
        page = p == null ? 0 : Math.max(0, Integer.parseInt(p));
      } catch (NumberFormatException e) {
        page = 0;
      }
      return new AuditFilter(
          blankToNull(param.apply("org")),
          blankToNull(param.apply("action")),
          blankToNull(param.apply("actor")),
          blankToNull(param.apply("run")),
          from,
          to,
          page,
          error);
    }

    /** The query string of this filter at another page. */
    String pageLink(int otherPage) {
      StringBuilder q = new StringBuilder(PATH + "?page=" + otherPage);
      append(q, "org", organization);
      append(q, "action", action);
      append(q, "actor", actor);
      append(q, "run", run);
      append(q, "from", from == null ? null : from.toString());
      append(q, "to", to == null ? null : to.toString());
      return q.toString();
    }

    String text(String value) {
      return value == null ? "" : value;
    }

    String day(LocalDate value) {
      return value == null ? "" : value.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
      if (value != null) {
        q.append('&')
            .append(name)
            .append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
      }
    }

    private static LocalDate date(String text) {
      String value = blankToNull(text);
      return value == null ? null : LocalDate.parse(value);
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text.strip();
    }
  }

  /** Words for a page of results: "Entries 51–100 of 230". */
  static String range(AuditPage page) {
    if (page.entries().isEmpty()) {
      return "No entries match.";
    }
    return "Entries "
        + (page.offset() + 1)
        + "–"
        + (page.offset() + page.entries().size())
        + " of "
        + page.total();
  }

  /** "2026-11-28 21:20:05 UTC". */
  static String time(Instant at) {
    return UtcTimes.of(at);
  }
}
