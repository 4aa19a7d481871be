package io.duoctl.emulator.admin.logs;

import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The telephony logs (admin-api.md §2.3, §2.5, §5.14): v1 with {@code mintime} seconds and up to
 * 1000 earliest entries; v2 with a {@code mintime}/{@code maxtime} window in milliseconds, {@code
 * limit} (default 100, at most 1000), {@code sort} ({@code ts:desc} default) and the cursor {@code
 * "<ts_ms>,<telephony_id>"} in {@code metadata.next_offset}.
 */
final class TelephonyLogController {

  static final int V2_DEFAULT_LIMIT = 100;
  static final int V2_MAX_LIMIT = 1000;

  private final World world;

  TelephonyLogController(World world) {
    this.world = world;
  }

  ApiResult v1(ApiCall call) {
    LogWindow window = LogWindow.v1(call);
    return ApiResult.ok(
        TelephonyLog.of(world, call.account()).entries().stream()
            .filter(e -> window.contains(e.ts()))
            .limit(LogWindow.V1_MAX)
            .map(TelephonyLogController::v1Json)
            .toList());
  }

  ApiResult v2(ApiCall call) {
    LogWindow window = LogWindow.v2(call);
    int limit =
        (int)
            Math.min(
                V2_MAX_LIMIT,
                ParamValues.integer(call, "limit", 1, Integer.MAX_VALUE, V2_DEFAULT_LIMIT));
    boolean ascending = ascending(call);
    List<TelephonyEntry> matching =
        new ArrayList<>(
            TelephonyLog.of(world, call.account()).entries().stream()
                .filter(e -> window.contains(e.ts()))
                .toList());
    if (!ascending) {
      Collections.reverse(matching);
    }
    int start = 0;
    List<String> cursor = call.paramValues("next_offset");
    if (!cursor.isEmpty()) {
      String joined = String.join(",", cursor);
      start = indexAfter(matching, joined);
    }
    int end = Math.min(matching.size(), start + limit);
    List<Map<String, Object>> items =
        matching.subList(start, end).stream().map(TelephonyLogController::v2Json).toList();
    Map<String, Object> metadata = new LinkedHashMap<>();
    if (end < matching.size()) {
      TelephonyEntry last = matching.get(end - 1);
      metadata.put("next_offset", last.ts().toEpochMilli() + "," + last.telephonyId());
    } else {
      metadata.put("next_offset", null);
    }
    metadata.put("total_objects", matching.size());
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("items", items);
    response.put("metadata", metadata);
    return ApiResult.ok(response);
  }

  private static boolean ascending(ApiCall call) {
    String sort = call.param("sort").orElse("ts:desc");
    return switch (sort) {
      case "ts:asc" -> true;
      case "ts:desc" -> false;
      default -> throw DuoError.invalidParameter("sort");
    };
  }

  private static int indexAfter(List<TelephonyEntry> entries, String cursor) {
    int comma = cursor.indexOf(',');
    if (comma < 0) {
      throw DuoError.invalidParameter("next_offset");
    }
    String id = cursor.substring(comma + 1);
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).telephonyId().equals(id)) {
        return i + 1;
      }
    }
    throw DuoError.invalidParameter("next_offset");
  }

  static Map<String, Object> v1Json(TelephonyEntry entry) {
    Map<String, Object> json = new TreeMap<>();
    json.put("context", entry.context());
    json.put("credits", entry.credits());
    json.put("isotimestamp", LogWindow.ISO_SECONDS.format(entry.ts()));
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
    json.put("ts", LogWindow.ISO_MICROS.format(entry.ts()));
    json.put("txid", entry.txid());
    json.put("type", entry.type());
    return json;
  }
}
