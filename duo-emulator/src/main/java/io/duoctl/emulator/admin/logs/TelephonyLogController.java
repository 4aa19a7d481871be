package io.duoctl.emulator.admin.logs;

import io.duoctl.emulator.admin.LogPage;
import io.duoctl.emulator.admin.LogQuery;
import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.admin.internal.Timestamps;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The telephony logs (admin-api.md §2.3, §2.5, §5.14): v1 with {@code mintime} seconds and up to
 * 1000 earliest entries; v2 paged as every v2 log ({@link LogQuery}) with the cursor {@code
 * "<ts_ms>,<telephony_id>"} in {@code metadata.next_offset}.
 */
final class TelephonyLogController {

  private final World world;

  TelephonyLogController(World world) {
    this.world = world;
  }

  ApiResult v1(ApiCall call) {
    LogWindow window = LogWindow.v1(call, world.logDelay());
    return ApiResult.ok(
        TelephonyLog.of(world, call.account()).entries().stream()
            .filter(e -> window.shows(e.ts()))
            .limit(AdminLogController.V1_MAX)
            .map(TelephonyLogController::v1Json)
            .toList());
  }

  ApiResult v2(ApiCall call) {
    LogQuery query = LogQuery.parse(call, world.logDelay());
    List<TelephonyEntry> matching =
        TelephonyLog.of(world, call.account()).entries().stream()
            .filter(e -> query.window().shows(e.ts()))
            .toList();
    LogPage<TelephonyEntry> page = LogPage.of(matching, TelephonyEntry::position, query);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("next_offset", page.next() == null ? null : page.next().joined());
    metadata.put("total_objects", page.total());
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("items", page.items().stream().map(TelephonyLogController::v2Json).toList());
    response.put("metadata", metadata);
    return ApiResult.ok(response);
  }

  static Map<String, Object> v1Json(TelephonyEntry entry) {
    Map<String, Object> json = new TreeMap<>();
    json.put("context", entry.context());
    json.put("credits", entry.credits());
    json.put("isotimestamp", Timestamps.isoSeconds(entry.ts()));
    json.put("phone", entry.phone());
    json.put("timestamp", entry.ts().getEpochSecond());
    json.put("type", entry.type());
    return json;
  }

  static Map<String, Object> v2Json(TelephonyEntry entry) {
    Map<String, Object> json = new TreeMap<>();
    json.put("context", entry.context());
    json.put("credits", entry.credits());
    json.put("phone", entry.phone());
    json.put("telephony_id", entry.telephonyId());
    json.put("ts", Timestamps.isoMicros(entry.ts()));
    json.put("txid", entry.txid());
    json.put("type", entry.type());
    return json;
  }
}
