package io.duoctl.emulator.admin.activity;

import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /admin/v2/logs/activity} ("Grant read log"; admin-api.md §2.3, §5.14, §6.18): window
 * in ms as for every v2 log, limit 100/1000, sort {@code ts:desc} by default, cursor {@code
 * next_offset} a single {@code "<ts_ms>,<activity_id>"} string, {@code total_objects} as {@code
 * {relation, value}}.
 */
public final class ActivityLogApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    routes.get("/admin/v2/logs/activity", Permission.ADMIN_READ_LOG, ActivityLogApi::list);
  }

  private static ApiResult list(ApiCall call) {
    LogWindow window = LogWindow.millis(call);
    long limit = ParamValues.integer(call, "limit", 1, Long.MAX_VALUE, 100);
    String sort = call.param("sort").orElse("ts:desc");
    if (!sort.equals("ts:desc") && !sort.equals("ts:asc")) {
      throw DuoError.invalidParameter("sort");
    }
    List<ActivityEntry> matching =
        ActivityLog.of(call.account()).between(window.from(), window.visibleUntil());
    List<ActivityEntry> ordered = new ArrayList<>(matching);
    boolean descending = sort.equals("ts:desc");
    if (descending) {
      Collections.reverse(ordered);
    }
    Cursor cursor =
        call.param("next_offset").filter(v -> !v.isBlank()).map(Cursor::parse).orElse(null);
    List<ActivityEntry> rest =
        cursor == null
            ? ordered
            : ordered.stream()
                .filter(e -> descending ? cursor.compareTo(e) > 0 : cursor.compareTo(e) < 0)
                .toList();
    List<ActivityEntry> page = rest.subList(0, (int) Math.min(Math.min(limit, 1000), rest.size()));
    String next = null;
    if (page.size() < rest.size()) {
      ActivityEntry last = page.get(page.size() - 1);
      next = last.time().toEpochMilli() + "," + last.activityId();
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("next_offset", next);
    metadata.put("total_objects", Map.of("relation", "eq", "value", matching.size()));
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("items", page.stream().map(ActivityEntry::view).toList());
    response.put("metadata", metadata);
    return ApiResult.ok(response);
  }

  /** The {@code "<ts_ms>,<activity_id>"} cursor, ordered as the log is. */
  private record Cursor(long epochMilli, String activityId) {

    static Cursor parse(String text) {
      int comma = text.indexOf(',');
      try {
        return new Cursor(
            Long.parseLong(text.substring(0, comma < 0 ? text.length() : comma).strip()),
            comma < 0 ? "" : text.substring(comma + 1).strip());
      } catch (NumberFormatException malformed) {
        throw DuoError.invalidParameter("next_offset");
      }
    }

    /** Negative when this cursor comes before {@code entry} in ascending order. */
    int compareTo(ActivityEntry entry) {
      int byTime = Long.compare(epochMilli, entry.time().toEpochMilli());
      return byTime != 0 ? byTime : activityId.compareTo(entry.activityId());
    }
  }
}
