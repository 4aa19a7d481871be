package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.admin.LogPage;
import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /admin/v2/logs/authentication} (cursor paged, metadata inside the response) and the
 * legacy {@code GET /admin/v1/logs/authentication} (mintime in seconds, the 1000 earliest entries;
 * admin-api.md §2.5, §6.16).
 */
final class AuthLogController {

  private static final int V1_PAGE = 1000;

  private final World world;

  AuthLogController(World world) {
    this.world = world;
  }

  ApiResult v2(ApiCall call) {
    AuthLogQuery query = AuthLogQuery.parse(call, world.logDelay());
    LogWindow window = query.paging().window();
    AuthLog log = AuthLog.of(call.account());
    log.settle(call.now());
    List<AuthLogEntry> matching = log.between(window.from(), window.visibleUntil(), query.filter());
    LogPage<AuthLogEntry> page = LogPage.of(matching, AuthLogEntry::position, query.paging());
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("next_offset", page.next() == null ? null : page.next().pair());
    metadata.put("total_objects", page.total());
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("authlogs", page.items().stream().map(AuthLogEntry::view).toList());
    response.put("metadata", metadata);
    return ApiResult.ok(response);
  }

  ApiResult v1(ApiCall call) {
    LogWindow window = LogWindow.v1(call, world.logDelay());
    AuthLog log = AuthLog.of(call.account());
    log.settle(call.now());
    List<AuthLogEntry> entries = log.between(window.from(), window.visibleUntil(), e -> true);
    return ApiResult.ok(
        entries.subList(0, Math.min(V1_PAGE, entries.size())).stream()
            .map(AuthLogController::v1View)
            .toList());
  }

  private static Map<String, Object> v1View(AuthLogEntry entry) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("device", entry.authDevice() == null ? null : entry.authDevice().name());
    view.put("factor", V1Names.factor(entry.factor()));
    view.put("integration", entry.application().name());
    view.put("ip", entry.accessDevice().ip());
    view.put(
        "location",
        entry.accessDevice().location() == null
            ? AuthLogEntry.Location.UNKNOWN.view()
            : entry.accessDevice().location().view());
    view.put("new_enrollment", entry.eventType().equals("enrollment"));
    view.put("reason", V1Names.reason(entry.reason()));
    view.put("result", V1Names.result(entry.result()));
    view.put("timestamp", entry.time().getEpochSecond());
    view.put("username", entry.user().name());
    return view;
  }
}
