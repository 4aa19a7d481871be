package io.duoctl.emulator.authapi;

import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import java.util.Map;

/**
 * {@code /auth/v2/ping} (unsigned) and {@code /auth/v2/check} (Auth API keys): both answer the
 * server time in Unix seconds (signing-auth-accounts.md §4).
 */
public final class AuthStatusApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    routes.unsigned("GET", "/auth/v2/ping", AuthStatusApi::time);
    routes.get("/auth/v2/check", Permission.AUTH, AuthStatusApi::time);
  }

  private static ApiResult time(ApiCall call) {
    return ApiResult.ok(Map.of("time", call.now().getEpochSecond()));
  }
}
