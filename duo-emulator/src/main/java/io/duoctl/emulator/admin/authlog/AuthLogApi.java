package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** The authentication logs ("Grant read log"): v2 with its cursor, and the legacy v1. */
public final class AuthLogApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    AuthLogController logs = new AuthLogController(world);
    routes
        .get("/admin/v2/logs/authentication", Permission.ADMIN_READ_LOG, logs::v2)
        .get("/admin/v1/logs/authentication", Permission.ADMIN_READ_LOG, logs::v1);
  }
}
