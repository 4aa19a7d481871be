package io.duoctl.emulator.admin.logs;

import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.admin.internal.Timestamps;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.model.World;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /admin/v1/logs/administrator} (admin-api.md §2.5, §6.16): up to 1000 of the earliest
 * entries at or after {@code mintime} (seconds) that are old enough to be shown, oldest first.
 */
final class AdminLogController {

  /** Most entries a v1 log answer holds. */
  static final int V1_MAX = 1000;

  private final World world;

  AdminLogController(World world) {
    this.world = world;
  }

  ApiResult list(ApiCall call) {
    LogWindow window = LogWindow.v1(call, world.logDelay());
    return ApiResult.ok(
        AdminLog.of(call.account()).entries().stream()
            .filter(e -> window.shows(e.timestamp()))
            .limit(V1_MAX)
            .map(AdminLogController::json)
            .toList());
  }

  static Map<String, Object> json(AdminLogEntry entry) {
    Map<String, Object> json = new TreeMap<>();
    json.put("action", entry.action());
    json.put("description", entry.description());
    json.put("isotimestamp", Timestamps.isoSeconds(entry.timestamp()));
    json.put("object", entry.object());
    json.put("timestamp", entry.timestamp().getEpochSecond());
    json.put("username", entry.username());
    return json;
  }
}
