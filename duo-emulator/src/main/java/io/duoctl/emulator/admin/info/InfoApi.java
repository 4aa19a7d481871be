package io.duoctl.emulator.admin.info;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** {@code /admin/v1/info/*} ("Grant read information"). */
public final class InfoApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    InfoController info = new InfoController(world);
    Permission grant = Permission.ADMIN_READ_INFO;
    routes
        .get("/admin/v1/info/summary", grant, info::summary)
        .get("/admin/v1/info/telephony_credits_used", grant, info::telephonyCreditsUsed)
        .get("/admin/v1/info/authentication_attempts", grant, info::authenticationAttempts)
        .get(
            "/admin/v1/info/user_authentication_attempts", grant, info::userAuthenticationAttempts);
  }
}
