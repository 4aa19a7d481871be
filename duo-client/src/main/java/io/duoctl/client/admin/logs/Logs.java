package io.duoctl.client.admin.logs;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.internal.Require;
import io.duoctl.client.paging.Paged;
import java.time.Instant;
import java.util.Objects;

/**
 * Duo's logs and Trust Monitor events; needs the "Grant read log" permission. Every list is lazy:
 * the next page is requested only when the previous one is used up, with the same parameters plus
 * Duo's cursor. Duo limits log reads to a few per minute; the transport waits out its 429s. Pages
 * throw a {@link DuoApiException} subclass when Duo refuses. Immutable and thread-safe.
 */
public final class Logs {

  /** Duo's maximum page size for the telephony and activity logs. */
  public static final int V2_PAGE_SIZE = 1000;

  /** The page size for Trust Monitor (documented maxima disagree: 200 or 500). */
  public static final int TRUST_MONITOR_PAGE_SIZE = 200;

  private final ApiClient api;

  public Logs(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** Authentication log (v2) entries matching {@code query}. */
  public Paged<AuthLogEntry> authentication(AuthLogQuery query) {
    DuoRequest first = DuoRequest.get("/admin/v2/logs/authentication").params(query.toParams());
    return CursorPaging.paged(api, first, "authlogs", AuthLogEntry.class, CursorPaging::nextOffset);
  }

  /** Administrator actions from {@code since} (whole seconds) up to now, oldest first. */
  public Paged<AdminLogEntry> administrator(Instant since) {
    Objects.requireNonNull(since, "since");
    DuoRequest first =
        DuoRequest.get("/admin/v1/logs/administrator")
            .param("mintime", Long.toString(since.getEpochSecond()));
    return AdminLogPaging.paged(api, first);
  }

  /** Telephony log (v2) entries in {@code window}. */
  public Paged<TelephonyLogEntry> telephony(LogWindow window) {
    return CursorPaging.paged(
        api,
        v2Request("/admin/v2/logs/telephony", window, V2_PAGE_SIZE),
        "items",
        TelephonyLogEntry.class,
        CursorPaging::nextOffset);
  }

  /** Activity log entries in {@code window}. */
  public Paged<ActivityLogEntry> activity(LogWindow window) {
    return CursorPaging.paged(
        api,
        v2Request("/admin/v2/logs/activity", window, V2_PAGE_SIZE),
        "items",
        ActivityLogEntry.class,
        CursorPaging::nextOffset);
  }

  /** Trust Monitor events surfaced in {@code window}. */
  public Paged<TrustMonitorEvent> trustMonitorEvents(LogWindow window) {
    return trustMonitor(
        v2Request("/admin/v1/trust_monitor/events", window, TRUST_MONITOR_PAGE_SIZE));
  }

  /**
   * Trust Monitor events of one {@code type} ({@code auth}, {@code bypass_status_enabled}, …)
   * surfaced in {@code window}.
   */
  public Paged<TrustMonitorEvent> trustMonitorEvents(LogWindow window, String type) {
    return trustMonitor(
        v2Request("/admin/v1/trust_monitor/events", window, TRUST_MONITOR_PAGE_SIZE)
            .param("type", Require.text(type, "type")));
  }

  private Paged<TrustMonitorEvent> trustMonitor(DuoRequest first) {
    return CursorPaging.paged(api, first, "events", TrustMonitorEvent.class, CursorPaging::offset);
  }

  private static DuoRequest v2Request(String path, LogWindow window, int limit) {
    Objects.requireNonNull(window, "window");
    return DuoRequest.get(path).params(window.toParams()).param("limit", Integer.toString(limit));
  }
}
