package io.duoctl.emulator.admin.logs;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** The administrator and telephony logs (admin-api.md §5.14; "Grant read log"). */
public final class LogsApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    AdminLogController admin = new AdminLogController(world);
    TelephonyLogController telephony = new TelephonyLogController(world);
    routes
        .get("/admin/v1/logs/administrator", Permission.ADMIN_READ_LOG, admin::list)
        .get("/admin/v1/logs/telephony", Permission.ADMIN_READ_LOG, telephony::v1)
        .get("/admin/v2/logs/telephony", Permission.ADMIN_READ_LOG, telephony::v2);
  }
}
