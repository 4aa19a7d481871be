package io.duoctl.client.admin.logs;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.internal.Require;
import io.duoctl.client.paging.Paged;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

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

  /**
   * For an exporter that checkpoints: up to {@code limit} authentication log entries right after
   * {@code after}, oldest first, as Duo shows them at {@code now} (nothing younger than about two
   * minutes), with the cursor that resumes right after them. Resuming from any cursor a batch
   * returned never repeats nor skips an entry, also when new entries arrived in between and after
   * Duo's last page (whose {@code next_offset} is null; the cursor is then the last entry's own
   * position). One request per call.
   *
   * @param limit 1–1000
   */
  public LogBatch<AuthLogEntry, LogCursor> authenticationAfter(
      LogCursor after, Instant now, int limit) {
    return readV2(
        "/admin/v2/logs/authentication",
        "authlogs",
        AuthLogEntry.class,
        AuthLogEntry::position,
        after,
        now,
        limit);
  }

  /** As {@link #authenticationAfter}, for the telephony log (v2). */
  public LogBatch<TelephonyLogEntry, LogCursor> telephonyAfter(
      LogCursor after, Instant now, int limit) {
    return readV2(
        "/admin/v2/logs/telephony",
        "items",
        TelephonyLogEntry.class,
        TelephonyLogEntry::position,
        after,
        now,
        limit);
  }

  /** As {@link #authenticationAfter}, for the activity log. */
  public LogBatch<ActivityLogEntry, LogCursor> activityAfter(
      LogCursor after, Instant now, int limit) {
    return readV2(
        "/admin/v2/logs/activity",
        "items",
        ActivityLogEntry.class,
        ActivityLogEntry::position,
        after,
        now,
        limit);
  }

  /**
   * For an exporter that checkpoints: the administrator log entries right after {@code after} (Duo
   * answers up to 1000 at a time), oldest first, with the cursor that resumes right after them. The
   * v1 log has no ids, so see {@link AdminLogCursor} for what the cursor relies on and deduplicate
   * by {@link AdminLogEntry#key()}. One request per call.
   */
  public LogBatch<AdminLogEntry, AdminLogCursor> administratorAfter(AdminLogCursor after) {
    return new AdminLogReader(api).read(Objects.requireNonNull(after, "after"));
  }

  private <T> LogBatch<T, LogCursor> readV2(
      String path,
      String items,
      Class<T> type,
      Function<T, LogCursor> position,
      LogCursor after,
      Instant now,
      int limit) {
    return new V2LogReader<>(api, path, items, type, position)
        .read(
            Objects.requireNonNull(after, "after"),
            Objects.requireNonNull(now, "now"),
            Require.range(limit, 1, V2_PAGE_SIZE, "limit"));
  }

  private Paged<TrustMonitorEvent> trustMonitor(DuoRequest first) {
    return CursorPaging.paged(api, first, "events", TrustMonitorEvent.class, CursorPaging::offset);
  }

  private static DuoRequest v2Request(String path, LogWindow window, int limit) {
    Objects.requireNonNull(window, "window");
    return DuoRequest.get(path).params(window.toParams()).param("limit", Integer.toString(limit));
  }
}
