package io.duoctl.emulator.admin.admins;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** {@code /admin/v1/admins} ("Grant administrators"). */
public final class AdminsApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    AdminsController admins = new AdminsController(world);
    Permission grant = Permission.ADMIN_ADMINS;
    routes
        .get("/admin/v1/admins", grant, admins::list)
        .post("/admin/v1/admins", grant, admins::create)
        .get("/admin/v1/admins/{admin_id}", grant, admins::get)
        .post("/admin/v1/admins/{admin_id}", grant, admins::modify)
        .delete("/admin/v1/admins/{admin_id}", grant, admins::delete)
        .post("/admin/v1/admins/{admin_id}/reset", grant, admins::reset);
  }
}
