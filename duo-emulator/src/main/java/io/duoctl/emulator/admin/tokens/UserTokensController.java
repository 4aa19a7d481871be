package io.duoctl.emulator.admin.tokens;

import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.UserAssociations;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.model.World;
import java.util.Map;

/**
 * {@code /admin/v1/users/{user_id}/tokens}: a user's tokens, associate (an unknown token is 400
 * {@code token_id}), disassociate (idempotent, §7.2).
 */
final class UserTokensController {

  private final World world;
  private final UserAssociations associations;

  UserTokensController(World world) {
    this.world = world;
    this.associations = new UserAssociations(world);
  }

  ApiResult list(ApiCall call) {
    return associations.list(
        call,
        userId -> HardwareTokens.of(world, call.account()).tokensOf(userId),
        TokenJson::token);
  }

  ApiResult associate(ApiCall call) {
    return associations.associate(
        call,
        "token_id",
        (user, tokenId) -> {
          HardwareTokens.of(world, call.account()).attach(tokenId, user.userId());
          AdminLog.of(call.account())
              .recordApi(call, "user_update", user.username(), Map.of("token_added", tokenId));
        });
  }

  ApiResult disassociate(ApiCall call) {
    return associations.disassociate(
        call,
        "token_id",
        (userId, tokenId) -> HardwareTokens.of(world, call.account()).detach(tokenId, userId),
        (userId, tokenId) ->
            AdminLog.of(call.account())
                .recordApi(
                    call,
                    "user_update",
                    associations.username(call, userId),
                    Map.of("token_removed", tokenId)));
  }
}
