package io.duoctl.emulator.admin;

import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.DuoError;
import java.time.Duration;

/**
 * The paging part of a v2 log request (admin-api.md §2.3, §5.14): the window, {@code limit}
 * (default 100, larger values clamped to 1000), {@code sort} ({@code ts:desc} by default, or {@code
 * ts:asc}) and the cursor {@code next_offset}.
 *
 * @param cursor the entry after which the page starts (in sort order), or null for the first page
 */
public record LogQuery(LogWindow window, int limit, boolean descending, LogCursor cursor) {

  /** Entries per page when no {@code limit} is sent. */
  public static final int DEFAULT_LIMIT = 100;

  /** The most entries one page holds. */
  public static final int MAX_LIMIT = 1000;

  /**
   * Reads the request.
   *
   * @param delay how old an entry must be to be shown (Duo: two minutes)
   * @throws DuoError 400 40002 naming {@code mintime}, {@code maxtime}, {@code limit}, {@code sort}
   *     or {@code next_offset} when one is missing or malformed
   */
  public static LogQuery parse(ApiCall call, Duration delay) {
    LogWindow window = LogWindow.millis(call, delay);
    long limit = ParamValues.integer(call, "limit", 1, Long.MAX_VALUE, DEFAULT_LIMIT);
    String sort = call.param("sort").orElse("ts:desc");
    if (!sort.equals("ts:desc") && !sort.equals("ts:asc")) {
      throw DuoError.invalidParameter("sort");
    }
    return new LogQuery(
        window,
        (int) Math.min(limit, MAX_LIMIT),
        sort.equals("ts:desc"),
        LogCursor.parse(call.paramValues("next_offset")));
  }

  /** Whether an entry at {@code position} comes after the cursor in this query's order. */
  public boolean afterCursor(LogCursor position) {
    if (cursor == null) {
      return true;
    }
    int order = position.compareTo(cursor);
    return descending ? order < 0 : order > 0;
  }
}
