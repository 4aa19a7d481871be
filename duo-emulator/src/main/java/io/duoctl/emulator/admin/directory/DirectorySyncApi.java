package io.duoctl.emulator.admin.directory;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** Directory sync of one user (admin-api.md §5.1, §7.9). */
public final class DirectorySyncApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    DirectorySyncController sync = new DirectorySyncController(world);
    routes.post(
        "/admin/v1/users/directorysync/{directory_key}/syncuser",
        Permission.ADMIN_WRITE_RESOURCE,
        sync::syncUser);
  }
}
