package io.duoctl.emulator.accounts;

import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /accounts/v1/account/list|create|delete}: a parent's child accounts
 * (signing-auth-accounts.md §5.1).
 */
final class ChildAccountsController {

  private final World world;

  ChildAccountsController(World world) {
    this.world = world;
  }

  ApiResult list(ApiCall call) {
    return ApiResult.ok(
        world.children(call.account().id()).stream().map(ChildAccountsController::view).toList());
  }

  ApiResult create(ApiCall call) {
    String name = call.requiredParam("name");
    return ApiResult.ok(view(world.createChildAccount(call.account().id(), name)));
  }

  ApiResult delete(ApiCall call) {
    String accountId = call.requiredParam("account_id");
    Account child =
        world
            .account(accountId)
            .filter(a -> a.parentId().filter(call.account().id()::equals).isPresent())
            .orElseThrow(DuoError::notFound);
    world.deleteAccount(child.id());
    return ApiResult.empty();
  }

  static Map<String, Object> view(Account account) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("account_id", account.id());
    view.put("api_hostname", account.apiHostname());
    view.put("name", account.name());
    return view;
  }
}
