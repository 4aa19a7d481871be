package io.duoctl.emulator.accounts;

import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;

/** The Accounts API and the child billing endpoints it unlocks. */
public final class AccountsApi implements RouteModule {

  @Override
  public void register(Routes routes, World world) {
    ChildAccountsController children = new ChildAccountsController(world);
    routes
        .post("/accounts/v1/account/list", Permission.ACCOUNTS, children::list)
        .post("/accounts/v1/account/create", Permission.ACCOUNTS, children::create)
        .post("/accounts/v1/account/delete", Permission.ACCOUNTS, children::delete);
    BillingController billing = new BillingController(world);
    routes
        .get("/admin/v1/billing/edition", Permission.ACCOUNTS, billing::edition)
        .post("/admin/v1/billing/edition", Permission.ACCOUNTS, billing::setEdition)
        .get("/admin/v1/billing/telephony_credits", Permission.ACCOUNTS, billing::credits)
        .post("/admin/v1/billing/telephony_credits", Permission.ACCOUNTS, billing::setCredits);
  }
}
