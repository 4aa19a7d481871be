package io.duoctl.emulator.admin.webauthn;

import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserJson;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import java.util.Map;

/**
 * WebAuthn credentials (admin-api.md §5.6): list, get and delete; a user's credentials. Deleting an
 * unknown key is 404 (§7.2 names only users, phones and tokens as idempotent).
 */
public final class WebAuthnApi implements RouteModule {

  private World world;

  @Override
  public void register(Routes routes, World world) {
    this.world = world;
    routes
        .get("/admin/v1/webauthncredentials", Permission.ADMIN_READ_RESOURCE, this::list)
        .get(
            "/admin/v1/webauthncredentials/{webauthnkey}",
            Permission.ADMIN_READ_RESOURCE,
            this::get)
        .delete(
            "/admin/v1/webauthncredentials/{webauthnkey}",
            Permission.ADMIN_WRITE_RESOURCE,
            this::delete)
        .get(
            "/admin/v1/users/{user_id}/webauthncredentials",
            Permission.ADMIN_READ_RESOURCE,
            this::ofUser);
  }

  private ApiResult list(ApiCall call) {
    return Paging.page(
        call,
        WebAuthnCredentials.of(world, call.account()).all(),
        Paging.OTHERS_MAX,
        c -> json(call, c));
  }

  private ApiResult get(ApiCall call) {
    return ApiResult.ok(
        json(
            call,
            WebAuthnCredentials.of(world, call.account())
                .require(call.pathVariable("webauthnkey"))));
  }

  private ApiResult delete(ApiCall call) {
    WebAuthnCredentials credentials = WebAuthnCredentials.of(world, call.account());
    WebAuthnCredential credential = credentials.require(call.pathVariable("webauthnkey"));
    credentials.delete(credential.webauthnkey());
    AdminLog.of(call.account())
        .recordApi(
            call,
            "webauthncredential_delete",
            credential.credentialName(),
            Map.of("webauthnkey", credential.webauthnkey()));
    return ApiResult.empty();
  }

  private ApiResult ofUser(ApiCall call) {
    User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
    return Paging.page(
        call,
        WebAuthnCredentials.of(world, call.account()).credentialsOf(user.userId()),
        Paging.OTHERS_MAX,
        WebAuthnJson::credential);
  }

  private Map<String, Object> json(ApiCall call, WebAuthnCredential credential) {
    Object user =
        UserDirectory.of(world, call.account())
            .byId(credential.userId())
            .map(u -> (Object) new UserJson(world, call.account()).scalar(u))
            .orElse(null);
    return WebAuthnJson.withUser(credential, user);
  }
}
