package io.duoctl.emulator.admin.trustmonitor;

import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /admin/v1/trust_monitor/events} ("Grant read log"; admin-api.md §2.4, §5.14, §6.19):
 * window in ms, limit 100/500, {@code type} filter ({@code auth}; {@code bypass_status} also as
 * {@code bypass_status_enabled}), and a cursor of digits sent back as {@code offset}.
 */
public final class TrustMonitorApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    routes.get("/admin/v1/trust_monitor/events", Permission.ADMIN_READ_LOG, TrustMonitorApi::list);
  }

  private static ApiResult list(ApiCall call) {
    LogWindow window = LogWindow.millis(call);
    long limit = ParamValues.integer(call, "limit", 1, Long.MAX_VALUE, 100);
    long offset = ParamValues.integer(call, "offset", 0, Long.MAX_VALUE, 0);
    String type =
        call.param("type").filter(t -> !t.isBlank()).map(TrustMonitorApi::type).orElse(null);
    List<TrustMonitorEvent> matching =
        TrustMonitor.of(call.account()).between(window.from(), window.visibleUntil()).stream()
            .filter(e -> type == null || e.type().equals(type))
            .toList();
    int from = (int) Math.min(offset, matching.size());
    int to = (int) Math.min(matching.size(), from + Math.min(limit, 500));
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("next_offset", to < matching.size() ? Integer.toString(to) : null);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put(
        "events", matching.subList(from, to).stream().map(TrustMonitorEvent::view).toList());
    response.put("metadata", metadata);
    return ApiResult.ok(response);
  }

  private static String type(String text) {
    return switch (text) {
      case "auth" -> "auth";
      case "bypass_status", "bypass_status_enabled" -> "bypass_status";
      case "device_registration" -> "device_registration";
      default -> throw DuoError.invalidParameter("type");
    };
  }
}
