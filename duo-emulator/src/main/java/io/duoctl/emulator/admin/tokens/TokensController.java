package io.duoctl.emulator.admin.tokens;

import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.UserJson;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/v1/tokens} (admin-api.md §5.5): list or look up by type and serial, import with
 * validation per type ({@code d1} cannot be created), get, update {@code totp_step}, delete
 * (idempotent, §7.2), resync from three consecutive HOTP codes.
 */
final class TokensController {

  static final int MAX_SERIAL = 128;

  private final World world;

  TokensController(World world) {
    this.world = world;
  }

  ApiResult list(ApiCall call) {
    HardwareTokens tokens = HardwareTokens.of(world, call.account());
    boolean type = call.params().has("type");
    boolean serial = call.params().has("serial");
    if (type != serial) {
      throw DuoError.invalidParameter(type ? "serial" : "type");
    }
    List<HardwareToken> selected =
        type
            ? tokens
                .byTypeAndSerial(
                    TokenType.parse(call.param("type").get()), call.param("serial").get())
                .stream()
                .toList()
            : tokens.all();
    return Paging.page(call, selected, Paging.OTHERS_MAX, t -> json(call, t));
  }

  ApiResult create(ApiCall call) {
    TokenType type = TokenType.parse(call.requiredParam("type"));
    if (type == TokenType.D1) {
      throw DuoError.invalidParameter("type");
    }
    String serial = call.requiredParam("serial");
    if (serial.length() > MAX_SERIAL) {
      throw DuoError.invalidParameter("serial");
    }
    HardwareToken spec;
    if (type == TokenType.YK) {
      spec =
          HardwareToken.of(type, serial, null)
              .withYubiKey(hex(call, "private_id", 12), hex(call, "aes_key", 32));
    } else {
      spec = HardwareToken.of(type, serial, hex(call, "secret", 0));
      if (type.isHotp()) {
        spec = spec.withCounter(ParamValues.integer(call, "counter", 0, Long.MAX_VALUE, 0));
      } else {
        spec = spec.withTotpStep((int) ParamValues.integer(call, "totp_step", 1, 3600, 30));
      }
    }
    HardwareToken token = HardwareTokens.of(world, call.account()).create(spec);
    AdminLog.of(call.account())
        .recordApi(call, "hardtoken_create", serial, Map.of("type", type.wire(), "serial", serial));
    return ApiResult.ok(json(call, token));
  }

  ApiResult get(ApiCall call) {
    HardwareToken token =
        HardwareTokens.of(world, call.account()).require(call.pathVariable("token_id"));
    return ApiResult.ok(json(call, token));
  }

  ApiResult update(ApiCall call) {
    HardwareTokens tokens = HardwareTokens.of(world, call.account());
    HardwareToken current = tokens.require(call.pathVariable("token_id"));
    HardwareToken token = current;
    if (call.params().has("totp_step")) {
      if (!current.type().isTotp()) {
        throw DuoError.invalidParameter("totp_step");
      }
      int step = ParamValues.integer(call, "totp_step", 1, 3600).orElseThrow().intValue();
      token = tokens.update(current.tokenId(), t -> t.withTotpStep(step));
    }
    AdminLog.of(call.account())
        .recordApi(call, "hardtoken_update", token.serial(), Map.of("token_id", token.tokenId()));
    return ApiResult.ok(json(call, token));
  }

  ApiResult delete(ApiCall call) {
    String tokenId = call.pathVariable("token_id");
    HardwareTokens tokens = HardwareTokens.of(world, call.account());
    tokens
        .byId(tokenId)
        .filter(t -> tokens.delete(tokenId))
        .ifPresent(
            t ->
                AdminLog.of(call.account())
                    .recordApi(call, "hardtoken_delete", t.serial(), Map.of("token_id", tokenId)));
    return ApiResult.empty();
  }

  ApiResult resync(ApiCall call) {
    HardwareTokens tokens = HardwareTokens.of(world, call.account());
    HardwareToken token = tokens.require(call.pathVariable("token_id"));
    String code1 = call.requiredParam("code1");
    String code2 = call.requiredParam("code2");
    String code3 = call.requiredParam("code3");
    if (!tokens.resync(token.tokenId(), code1.trim(), code2.trim(), code3.trim())) {
      throw DuoError.invalidParameter("code1");
    }
    AdminLog.of(call.account())
        .recordApi(call, "hardtoken_resync", token.serial(), Map.of("token_id", token.tokenId()));
    return ApiResult.empty();
  }

  private Map<String, Object> json(ApiCall call, HardwareToken token) {
    List<String> userIds = HardwareTokens.of(world, call.account()).userIdsOf(token.tokenId());
    return TokenJson.withUsers(token, new UserJson(world, call.account()).reduced(userIds));
  }

  /** A required hex parameter, of exactly {@code length} characters unless 0 (any even length). */
  private static String hex(ApiCall call, String name, int length) {
    String value = call.requiredParam(name).trim();
    boolean ok =
        value.matches("[0-9a-fA-F]+")
            && (length == 0 ? value.length() % 2 == 0 : value.length() == length);
    if (!ok) {
      throw DuoError.invalidParameter(name);
    }
    return value.toLowerCase(java.util.Locale.ROOT);
  }
}
