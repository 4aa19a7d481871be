package io.duoctl.emulator.admin.integrations;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/**
 * Integration reads ("Grant read resource", admin-api.md §4; "Grant applications" covers the
 * writes): {@code /admin/v3/integrations[/{integration_key}]} without secret keys, and the v1/v2
 * GET aliases with them (admin-api.md §5.11, §6.11).
 */
public final class IntegrationsApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    IntegrationsController v3 = new IntegrationsController(world, false);
    IntegrationsController legacy = new IntegrationsController(world, true);
    Permission grant = Permission.ADMIN_READ_RESOURCE;
    routes
        .get("/admin/v3/integrations", grant, v3::list)
        .get("/admin/v3/integrations/{integration_key}", grant, v3::get)
        .get("/admin/v2/integrations", grant, legacy::list)
        .get("/admin/v2/integrations/{integration_key}", grant, legacy::get)
        .get("/admin/v1/integrations", grant, legacy::list)
        .get("/admin/v1/integrations/{integration_key}", grant, legacy::get);
  }
}
