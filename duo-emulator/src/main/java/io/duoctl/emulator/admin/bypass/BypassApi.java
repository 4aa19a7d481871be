package io.duoctl.emulator.admin.bypass;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** Bypass code endpoints (admin-api.md §5.1, §5.8). */
public final class BypassApi implements RouteModule {

  private static final Permission READ = Permission.ADMIN_READ_RESOURCE;
  private static final Permission WRITE = Permission.ADMIN_WRITE_RESOURCE;

  @Override
  public void register(Routes routes, World world) {
    BypassController bypass = new BypassController(world);
    routes
        .post("/admin/v1/users/{user_id}/bypass_codes", WRITE, bypass::create)
        .get("/admin/v1/users/{user_id}/bypass_codes", READ, bypass::ofUser)
        .get("/admin/v1/bypass_codes", READ, bypass::all)
        .get("/admin/v1/bypass_codes/{bypass_code_id}", READ, bypass::get)
        .delete("/admin/v1/bypass_codes/{bypass_code_id}", WRITE, bypass::delete);
  }
}
