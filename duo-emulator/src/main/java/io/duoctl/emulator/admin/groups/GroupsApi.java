package io.duoctl.emulator.admin.groups;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** The groups endpoints and user ↔ group membership (admin-api.md §5.1, §5.3). */
public final class GroupsApi implements RouteModule {

  private static final Permission READ = Permission.ADMIN_READ_RESOURCE;
  private static final Permission WRITE = Permission.ADMIN_WRITE_RESOURCE;

  @Override
  public void register(Routes routes, World world) {
    GroupsController groups = new GroupsController(world);
    UserGroupsController userGroups = new UserGroupsController(world);
    routes
        .get("/admin/v1/groups", READ, groups::list)
        .post("/admin/v1/groups", WRITE, groups::create)
        .get("/admin/v1/groups/{group_id}", READ, groups::get)
        .get("/admin/v2/groups/{group_id}", READ, groups::get)
        .post("/admin/v1/groups/{group_id}", WRITE, groups::modify)
        .delete("/admin/v1/groups/{group_id}", WRITE, groups::delete)
        .get("/admin/v2/groups/{group_id}/users", READ, groups::members)
        .get("/admin/v1/users/{user_id}/groups", READ, userGroups::list)
        .post("/admin/v1/users/{user_id}/groups", WRITE, userGroups::associate)
        .delete("/admin/v1/users/{user_id}/groups/{group_id}", WRITE, userGroups::disassociate);
  }
}
