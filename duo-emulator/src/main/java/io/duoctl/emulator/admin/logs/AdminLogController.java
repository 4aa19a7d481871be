package io.duoctl.emulator.admin.logs;

import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /admin/v1/logs/administrator} (admin-api.md §2.5, §6.16): up to 1000 of the earliest
 * entries at or after {@code mintime} (seconds) and at least two minutes old.
 */
final class AdminLogController {

  ApiResult list(ApiCall call) {
    LogWindow window = LogWindow.v1(call);
    return ApiResult.ok(
        AdminLog.of(call.account()).entries().stream()
            .filter(e -> window.contains(e.timestamp()))
            .limit(LogWindow.V1_MAX)
            .map(AdminLogController::json)
            .toList());
  }

  static Map<String, Object> json(AdminLogEntry entry) {
    Map<String, Object> json = new TreeMap<>();
    json.put("action", entry.action());
    json.put("description", entry.description());
    json.put("isotimestamp", LogWindow.ISO_SECONDS.format(entry.timestamp()));
    json.put("object", entry.object());
    json.put("timestamp", entry.timestamp().getEpochSecond());
    json.put("username", entry.username());
    return json;
  }
}
