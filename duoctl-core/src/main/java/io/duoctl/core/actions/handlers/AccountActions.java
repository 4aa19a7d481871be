package io.duoctl.core.actions.handlers;

import io.duoctl.client.accounts.AccountsApi;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.billing.Edition;
import io.duoctl.core.actions.ActionContext;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.Field;
import io.duoctl.core.settings.DuoApi;
import java.util.List;

/**
 * Child accounts (Accounts API), their edition and telephony credits (billing): parent-level
 * actions, run once on the MSP's parent account with its Accounts API keys. The child an action
 * concerns is its explicit {@code account_id} input, never an organization's mapping.
 */
final class AccountActions {

  private AccountActions() {}

  static List<ActionDefinition> definitions() {
    return List.of(
        ActionDefinition.define("accounts.list")
            .title("List child accounts")
            .description("Lists the parent's child accounts with their API hostnames.")
            .output("An array of {account_id, name, api_hostname}")
            .api(DuoApi.ACCOUNTS)
            .onParentAccount()
            .reads()
            .handledBy((ctx, in) -> ActionJson.of(ctx.accounts().list())),
        ActionDefinition.define("accounts.create")
            .title("Create a child account")
            .description(
                "Creates a child account under the parent. When a child account has the name"
                    + " (ignoring case), changes nothing and answers with it (outcome"
                    + " already_exists), so a rerun never creates it twice.")
            .input(Field.string("name", "The new account's name").required().minLength(1))
            .output("{account_id, name, api_hostname}")
            .api(DuoApi.ACCOUNTS)
            .onParentAccount()
            .changes()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String name = in.requireText("name");
                  return Settled.create(
                      "child account \"" + name + "\"",
                      () ->
                          ctx.accounts().list().stream()
                              .filter(child -> name.equalsIgnoreCase(child.name()))
                              .findFirst(),
                      () -> ctx.accounts().create(name),
                      ActionJson::of);
                }),
        ActionDefinition.define("accounts.delete")
            .title("Delete a child account")
            .description(
                "Deletes a child account and everything in it. Cannot be undone. An account the"
                    + " parent does not have is reported with outcome already_absent.")
            .input(childAccount())
            .output("{deleted: account_id}, or {account_id, outcome: already_absent}")
            .api(DuoApi.ACCOUNTS)
            .onParentAccount()
            .destroys()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String accountId = in.requireText("account_id");
                  return Settled.delete(
                      "child account " + accountId,
                      () -> ctx.accounts().find(accountId),
                      child -> ctx.accounts().find(accountId).isPresent(),
                      child -> ctx.accounts().delete(accountId),
                      child -> ActionJson.object().put("deleted", accountId),
                      () -> ActionJson.object().put("account_id", accountId));
                }),
        ActionDefinition.define("billing.get_edition")
            .title("Get the edition")
            .description("A child account's Duo edition.")
            .input(childAccount())
            .output("{edition}")
            .api(DuoApi.ACCOUNTS)
            .onParentAccount()
            .reads()
            .handledBy(
                (ctx, in) ->
                    ActionJson.object().put("edition", child(ctx, in).billing().edition())),
        ActionDefinition.define("billing.set_edition")
            .title("Set the edition")
            .description("Changes a child account's Duo edition.")
            .input(
                childAccount(),
                Field.string("edition", "ENTERPRISE, PLATFORM, BEYOND or PERSONAL")
                    .required()
                    .oneOf("ENTERPRISE", "PLATFORM", "BEYOND", "PERSONAL"))
            .output("{edition}")
            .api(DuoApi.ACCOUNTS)
            .onParentAccount()
            .changes()
            .handledBy(
                (ctx, in) -> {
                  child(ctx, in).billing().setEdition(Edition.valueOf(in.requireText("edition")));
                  return ActionJson.object().put("edition", in.requireText("edition"));
                }),
        ActionDefinition.define("billing.get_telephony_credits")
            .title("Get telephony credits")
            .description("A child account's telephony credit balance.")
            .input(childAccount())
            .output("{credits}")
            .api(DuoApi.ACCOUNTS)
            .onParentAccount()
            .reads()
            .handledBy(
                (ctx, in) ->
                    ActionJson.object()
                        .put("credits", child(ctx, in).billing().telephonyCredits())),
        ActionDefinition.define("billing.set_telephony_credits")
            .title("Set telephony credits")
            .description(
                "Sets a child account's telephony credit balance; the difference moves from or to"
                    + " the parent's balance.")
            .input(childAccount(), Field.integer("credits", "The new balance").required().min(0))
            .output("{credits}")
            .api(DuoApi.ACCOUNTS)
            .onParentAccount()
            .changes()
            .handledBy(
                (ctx, in) -> {
                  long credits = in.number("credits").orElseThrow();
                  child(ctx, in).billing().setTelephonyCredits(credits);
                  return ActionJson.object().put("credits", credits);
                }));
  }

  private static Field childAccount() {
    return Field.string("account_id", "The child account's id (DA…); accounts.list shows them")
        .required()
        .minLength(1);
  }

  /**
   * The Admin API of the child named by {@code account_id}, through the parent's Accounts API keys
   * on the child's own hostname (looked up in the parent's account list).
   */
  private static AdminApi child(ActionContext ctx, ActionInput in) {
    String accountId = in.requireText("account_id");
    AccountsApi accounts = ctx.accounts();
    return accounts
        .find(accountId)
        .map(accounts::adminFor)
        .orElseThrow(
            () ->
                new ActionFailure(
                    ErrorCode.NOT_FOUND,
                    "the parent account has no child account "
                        + accountId
                        + "; accounts.list shows them"));
  }
}
