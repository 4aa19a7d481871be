package io.duoctl.client.admin.logs;

import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import java.util.List;

/**
 * Reads the v1 administrator log from an {@link AdminLogCursor}: asks for the entries at or after
 * the cursor's second, drops the ones of that second already read, and counts how many entries of
 * the last second it has now read. A full answer ({@value AdminLogPaging#PAGE_SIZE} entries) of a
 * single second already read cannot be stepped past: Duo offers no way to reach further into that
 * second, so the reader then moves to the next second and says so by not being caught up.
 */
final class AdminLogReader {

  private final ApiClient api;

  AdminLogReader(ApiClient api) {
    this.api = api;
  }

  LogBatch<AdminLogEntry, AdminLogCursor> read(AdminLogCursor after) {
    DuoRequest request =
        DuoRequest.get("/admin/v1/logs/administrator")
            .param("mintime", Long.toString(after.second()));
    List<AdminLogEntry> answer = api.callList(request, AdminLogEntry.class);
    boolean full = answer.size() >= AdminLogPaging.PAGE_SIZE;
    int skip = 0;
    while (skip < answer.size()
        && skip < after.seen()
        && answer.get(skip).timestamp() == after.second()) {
      skip++;
    }
    List<AdminLogEntry> events = answer.subList(skip, answer.size());
    if (events.isEmpty()) {
      AdminLogCursor resume = full ? new AdminLogCursor(after.second() + 1, 0) : after;
      return new LogBatch<>(List.of(), resume, !full);
    }
    long lastSecond = events.get(events.size() - 1).timestamp();
    int ofLastSecond = 0;
    for (AdminLogEntry entry : answer) {
      if (entry.timestamp() == lastSecond) {
        ofLastSecond++;
      }
    }
    return new LogBatch<>(events, new AdminLogCursor(lastSecond, ofLastSecond), !full);
  }
}
