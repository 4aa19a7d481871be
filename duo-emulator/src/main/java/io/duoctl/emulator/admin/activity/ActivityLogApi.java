package io.duoctl.emulator.admin.activity;

import io.duoctl.emulator.admin.LogPage;
import io.duoctl.emulator.admin.LogQuery;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /admin/v2/logs/activity} ("Grant read log"; admin-api.md §2.3, §5.14, §6.18): paged as
 * every v2 log ({@link LogQuery}), cursor {@code next_offset} a single {@code
 * "<ts_ms>,<activity_id>"} string, {@code total_objects} as {@code {relation, value}}.
 */
public final class ActivityLogApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    routes.get("/admin/v2/logs/activity", Permission.ADMIN_READ_LOG, call -> list(call, world));
  }

  private static ApiResult list(ApiCall call, World world) {
    LogQuery query = LogQuery.parse(call, world.logDelay());
    LogPage<ActivityEntry> page =
        LogPage.of(
            ActivityLog.of(call.account()).between(query.window()), ActivityEntry::position, query);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("next_offset", page.next() == null ? null : page.next().joined());
    metadata.put("total_objects", Map.of("relation", "eq", "value", page.total()));
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("items", page.items().stream().map(ActivityEntry::view).toList());
    response.put("metadata", metadata);
    return ApiResult.ok(response);
  }
}
