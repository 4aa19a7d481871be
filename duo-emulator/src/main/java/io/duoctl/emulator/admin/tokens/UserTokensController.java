package io.duoctl.emulator.admin.tokens;

import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
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

  UserTokensController(World world) {
    this.world = world;
  }

  ApiResult list(ApiCall call) {
    User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
    return Paging.page(
        call,
        HardwareTokens.of(world, call.account()).tokensOf(user.userId()),
        Paging.OTHERS_MAX,
        TokenJson::token);
  }

  ApiResult associate(ApiCall call) {
    String tokenId = call.requiredParam("token_id");
    synchronized (AccountLock.of(call.account())) {
      User user = UserDirectory.of(world, call.account()).require(call.pathVariable("user_id"));
      HardwareTokens.of(world, call.account()).attach(tokenId, user.userId());
      AdminLog.of(call.account())
          .recordApi(call, "user_update", user.username(), Map.of("token_added", tokenId));
    }
    return ApiResult.empty();
  }

  ApiResult disassociate(ApiCall call) {
    String userId = call.pathVariable("user_id");
    String tokenId = call.pathVariable("token_id");
    if (HardwareTokens.of(world, call.account()).detach(tokenId, userId)) {
      AdminLog.of(call.account())
          .recordApi(call, "user_update", username(call, userId), Map.of("token_removed", tokenId));
    }
    return ApiResult.empty();
  }

  private String username(ApiCall call, String userId) {
    return UserDirectory.of(world, call.account()).byId(userId).map(User::username).orElse(userId);
  }
}
