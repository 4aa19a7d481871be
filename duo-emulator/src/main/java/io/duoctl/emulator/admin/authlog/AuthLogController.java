package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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

  ApiResult v2(ApiCall call) {
    AuthLogQuery query = AuthLogQuery.parse(call);
    LogWindow window = query.window();
    AuthLog log = AuthLog.of(call.account());
    log.settle(call.now());
    List<AuthLogEntry> matching = log.between(window.from(), window.visibleUntil(), query.filter());
    List<AuthLogEntry> ordered = new ArrayList<>(matching);
    if (query.descending()) {
      Collections.reverse(ordered);
    }
    List<AuthLogEntry> rest = ordered.stream().filter(query::afterCursor).toList();
    List<AuthLogEntry> page = rest.subList(0, Math.min(query.limit(), rest.size()));
    Object nextOffset = null;
    if (page.size() < rest.size()) {
      AuthLogEntry last = page.get(page.size() - 1);
      nextOffset = List.of(Long.toString(last.epochMilli()), last.txid());
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("next_offset", nextOffset);
    metadata.put("total_objects", matching.size());
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("authlogs", page.stream().map(AuthLogEntry::view).toList());
    response.put("metadata", metadata);
    return ApiResult.ok(response);
  }

  ApiResult v1(ApiCall call) {
    Instant now = call.now();
    Instant oldest = now.minus(LogWindow.RETENTION);
    Instant from =
        Instant.ofEpochSecond(ParamValues.integer(call, "mintime", 0, Long.MAX_VALUE, 0));
    if (from.isBefore(oldest)) {
      from = oldest;
    }
    AuthLog log = AuthLog.of(call.account());
    log.settle(now);
    List<AuthLogEntry> entries = log.between(from, now.minus(LogWindow.DELAY), e -> true);
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
