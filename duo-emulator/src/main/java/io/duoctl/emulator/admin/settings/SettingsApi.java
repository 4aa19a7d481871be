package io.duoctl.emulator.admin.settings;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** {@code /admin/v1/settings} and {@code /admin/v1/logo} ("Grant settings"). */
public final class SettingsApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    SettingsController settings = new SettingsController(world);
    routes
        .get("/admin/v1/settings", Permission.ADMIN_SETTINGS, settings::get)
        .post("/admin/v1/settings", Permission.ADMIN_SETTINGS, settings::update);
    LogoController logo = new LogoController();
    routes
        .get("/admin/v1/logo", Permission.ADMIN_SETTINGS, logo::get)
        .post("/admin/v1/logo", Permission.ADMIN_SETTINGS, logo::set)
        .delete("/admin/v1/logo", Permission.ADMIN_SETTINGS, logo::delete);
  }
}
