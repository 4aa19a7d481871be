package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** The users endpoints of the Admin API (admin-api.md §5.1). */
public final class UsersApi implements RouteModule {

  private static final Permission READ = Permission.ADMIN_READ_RESOURCE;
  private static final Permission WRITE = Permission.ADMIN_WRITE_RESOURCE;

  @Override
  public void register(Routes routes, World world) {
    UsersController users = new UsersController(world);
    EnrollController enroll = new EnrollController(world);
    VerificationPushController push = new VerificationPushController(world);
    routes
        .get("/admin/v1/users", READ, users::list)
        .post("/admin/v1/users", WRITE, users::create)
        .get("/admin/v1/users/{user_id}", READ, users::get)
        .post("/admin/v1/users/{user_id}", WRITE, users::modify)
        .delete("/admin/v1/users/{user_id}", WRITE, users::delete)
        .post("/admin/v1/users/enroll", WRITE, enroll::enroll)
        .post("/admin/v1/users/bulk_create", WRITE, enroll::bulkCreate)
        .post("/admin/v1/users/bulk_send_to_trash", WRITE, enroll::sendToTrash)
        .post("/admin/v1/users/bulk_restore", WRITE, enroll::restore)
        .post("/admin/v1/users/{user_id}/send_verification_push", WRITE, push::send)
        .add(
            "GET",
            "/admin/v1/users/{user_id}/verification_push_response",
            READ,
            RateClass.GET_ONE,
            push::result);
  }
}
