package io.duoctl.emulator.admin.settings;

import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import java.util.Base64;
import java.util.Map;

/**
 * {@code GET/POST/DELETE /admin/v1/logo} (admin-api.md §5.16): raw PNG bytes, or 404 JSON when no
 * logo is set; POST takes {@code logo} as base64 PNG.
 */
final class LogoController {

  ApiResult get(ApiCall call) {
    return AccountLogo.of(call.account())
        .png()
        .map(png -> ApiResult.raw(png, "image/png"))
        .orElseThrow(DuoError::notFound);
  }

  ApiResult set(ApiCall call) {
    byte[] png;
    try {
      png = Base64.getMimeDecoder().decode(call.requiredParam("logo"));
    } catch (IllegalArgumentException notBase64) {
      throw DuoError.invalidParameter("logo");
    }
    if (!AccountLogo.isPng(png)) {
      throw DuoError.invalidParameter("logo");
    }
    AccountLogo.of(call.account()).set(png);
    AdminLog.of(call.account()).recordApi(call, "customer_update", null, Map.of("logo", "updated"));
    return ApiResult.empty();
  }

  ApiResult delete(ApiCall call) {
    AccountLogo.of(call.account()).clear();
    AdminLog.of(call.account()).recordApi(call, "customer_update", null, Map.of("logo", "removed"));
    return ApiResult.empty();
  }
}
