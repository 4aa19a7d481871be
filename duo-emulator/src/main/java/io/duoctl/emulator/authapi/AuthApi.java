package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.settings.AccountLogo;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/**
 * The Auth API v2 beyond ping and check (signing-auth-accounts.md §4): logo, enroll, enroll_status,
 * preauth, auth, auth_status. Callable by the Auth API integrations of the account.
 */
public final class AuthApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    Authentications authentications = new Authentications(world);
    EnrollController enroll = new EnrollController(world);
    PreauthController preauth = new PreauthController(world, authentications);
    AuthController auth = new AuthController(world, authentications);
    routes
        .get("/auth/v2/logo", Permission.AUTH, AuthApi::logo)
        .post("/auth/v2/enroll", Permission.AUTH, enroll::enroll)
        .post("/auth/v2/enroll_status", Permission.AUTH, enroll::status)
        .post("/auth/v2/preauth", Permission.AUTH, preauth::preauth)
        .post("/auth/v2/auth", Permission.AUTH, auth::auth)
        .get("/auth/v2/auth_status", Permission.AUTH, auth::status);
  }

  /** The account's logo as PNG bytes; a JSON 404 when it has none. */
  private static ApiResult logo(ApiCall call) {
    return AccountLogo.of(call.account())
        .png()
        .map(png -> ApiResult.raw(png, "image/png"))
        .orElseThrow(DuoError::notFound);
  }
}
