package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.DuoError;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A parsed {@code GET /admin/v2/logs/authentication} request (admin-api.md §2.3, §5.14;
 * signing-auth-accounts.md §6): window, page size (default 100, at most 1000), sort, cursor and the
 * repeated-key filters.
 *
 * @param cursor the entry after which (in sort order) the page starts, or null for the first page
 */
record AuthLogQuery(
    LogWindow window,
    int limit,
    boolean descending,
    Cursor cursor,
    Predicate<AuthLogEntry> filter) {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private static final Set<String> RESULTS = Set.of("success", "denied", "fraud");
  private static final Set<String> EVENT_TYPES = Set.of("authentication", "enrollment");

  static AuthLogQuery parse(ApiCall call) {
    LogWindow window = LogWindow.millis(call);
    long limit = ParamValues.integer(call, "limit", 1, Long.MAX_VALUE, DEFAULT_LIMIT);
    String sort = call.param("sort").orElse("ts:desc");
    if (!sort.equals("ts:desc") && !sort.equals("ts:asc")) {
      throw DuoError.invalidParameter("sort");
    }
    Predicate<AuthLogEntry> filter =
        filter(call, "users", e -> List.of(e.user().key()), null)
            .and(filter(call, "groups", e -> e.user().groupKeys(), null))
            .and(filter(call, "applications", e -> List.of(e.application().key()), null))
            .and(filter(call, "results", e -> List.of(e.result()), RESULTS))
            .and(filter(call, "reasons", e -> List.of(e.reason()), null))
            .and(filter(call, "factors", e -> List.of(e.factor()), null))
            .and(filter(call, "event_types", e -> List.of(e.eventType()), EVENT_TYPES));
    return new AuthLogQuery(
        window,
        (int) Math.min(limit, MAX_LIMIT),
        sort.equals("ts:desc"),
        Cursor.parse(call.paramValues("next_offset")),
        filter);
  }

  private static Predicate<AuthLogEntry> filter(
      ApiCall call, String name, Function<AuthLogEntry, List<String>> field, Set<String> allowed) {
    List<String> wanted = call.paramValues(name).stream().filter(v -> !v.isBlank()).toList();
    if (wanted.isEmpty()) {
      return e -> true;
    }
    if (allowed != null && !allowed.containsAll(wanted)) {
      throw DuoError.invalidParameter(name);
    }
    return e -> field.apply(e).stream().anyMatch(wanted::contains);
  }

  /** Whether {@code entry} comes after the cursor in this query's sort order. */
  boolean afterCursor(AuthLogEntry entry) {
    if (cursor == null) {
      return true;
    }
    int byTime = Long.compare(entry.epochMilli(), cursor.epochMilli());
    int order = byTime != 0 ? byTime : entry.txid().compareTo(cursor.txid());
    return descending ? order < 0 : order > 0;
  }

  /**
   * The v2 cursor {@code ["<ts_ms>", "<txid>"]} as sent back: one value {@code ts,txid} (Duo's Java
   * example) or two repeated {@code next_offset} values, timestamp first in wire order
   * (duo_log_sync).
   */
  record Cursor(long epochMilli, String txid) {

    static Cursor parse(List<String> values) {
      List<String> sent = values.stream().filter(v -> !v.isBlank()).toList();
      if (sent.isEmpty()) {
        return null;
      }
      String ts;
      String txid;
      if (sent.size() == 1) {
        int comma = sent.get(0).indexOf(',');
        if (comma < 0) {
          throw DuoError.invalidParameter("next_offset");
        }
        ts = sent.get(0).substring(0, comma);
        txid = sent.get(0).substring(comma + 1);
      } else if (sent.size() == 2) {
        ts = sent.get(0);
        txid = sent.get(1);
      } else {
        throw DuoError.invalidParameter("next_offset");
      }
      try {
        return new Cursor(Long.parseLong(ts.strip()), txid.strip());
      } catch (NumberFormatException notTimestampFirst) {
        throw DuoError.invalidParameter("next_offset");
      }
    }
  }
}
