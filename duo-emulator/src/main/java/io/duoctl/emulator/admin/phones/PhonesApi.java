package io.duoctl.emulator.admin.phones;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** The phones endpoints and the user ↔ phone associations (admin-api.md §5.1, §5.4). */
public final class PhonesApi implements RouteModule {

  private static final Permission READ = Permission.ADMIN_READ_RESOURCE;
  private static final Permission WRITE = Permission.ADMIN_WRITE_RESOURCE;

  @Override
  public void register(Routes routes, World world) {
    PhonesController phones = new PhonesController(world);
    ActivationController activation = new ActivationController(world);
    UserPhonesController userPhones = new UserPhonesController(world);
    routes
        .get("/admin/v1/phones", READ, phones::list)
        .post("/admin/v1/phones", WRITE, phones::create)
        .get("/admin/v1/phones/{phone_id}", READ, phones::get)
        .post("/admin/v1/phones/{phone_id}", WRITE, phones::modify)
        .delete("/admin/v1/phones/{phone_id}", WRITE, phones::delete)
        .post("/admin/v1/phones/{phone_id}/activation_url", WRITE, activation::activationUrl)
        .post(
            "/admin/v1/phones/{phone_id}/send_sms_activation", WRITE, activation::sendSmsActivation)
        .post(
            "/admin/v1/phones/{phone_id}/send_sms_installation",
            WRITE,
            activation::sendSmsInstallation)
        .post("/admin/v1/phones/{phone_id}/send_sms_passcodes", WRITE, activation::sendSmsPasscodes)
        .get("/admin/v1/users/{user_id}/phones", READ, userPhones::list)
        .post("/admin/v1/users/{user_id}/phones", WRITE, userPhones::associate)
        .delete("/admin/v1/users/{user_id}/phones/{phone_id}", WRITE, userPhones::disassociate);
  }
}
