package io.duoctl.emulator.admin.tokens;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** The hardware token endpoints and user ↔ token associations (admin-api.md §5.1, §5.5). */
public final class TokensApi implements RouteModule {

  private static final Permission READ = Permission.ADMIN_READ_RESOURCE;
  private static final Permission WRITE = Permission.ADMIN_WRITE_RESOURCE;

  @Override
  public void register(Routes routes, World world) {
    TokensController tokens = new TokensController(world);
    UserTokensController userTokens = new UserTokensController(world);
    routes
        .get("/admin/v1/tokens", READ, tokens::list)
        .post("/admin/v1/tokens", WRITE, tokens::create)
        .get("/admin/v1/tokens/{token_id}", READ, tokens::get)
        .post("/admin/v1/tokens/{token_id}", WRITE, tokens::update)
        .delete("/admin/v1/tokens/{token_id}", WRITE, tokens::delete)
        .post("/admin/v1/tokens/{token_id}/resync", WRITE, tokens::resync)
        .get("/admin/v1/users/{user_id}/tokens", READ, userTokens::list)
        .post("/admin/v1/users/{user_id}/tokens", WRITE, userTokens::associate)
        .delete("/admin/v1/users/{user_id}/tokens/{token_id}", WRITE, userTokens::disassociate);
  }
}
