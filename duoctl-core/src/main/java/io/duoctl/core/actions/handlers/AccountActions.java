package io.duoctl.core.actions.handlers;

import io.duoctl.client.admin.billing.Edition;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.Field;
import io.duoctl.core.settings.DuoApi;
import java.util.List;

/** Child accounts (Accounts API), edition and telephony credits (billing). */
final class AccountActions {

  private AccountActions() {}

  static List<ActionDefinition> definitions() {
    return List.of(
        ActionDefinition.define("accounts.list")
            .title("List child accounts")
            .description("Lists the parent's child accounts with their API hostnames.")
            .output("An array of {account_id, name, api_hostname}")
            .api(DuoApi.ACCOUNTS)
            .reads()
            .handledBy((ctx, in) -> ActionJson.of(ctx.accounts().list())),
        ActionDefinition.define("accounts.create")
            .title("Create a child account")
            .description("Creates a child account under the parent.")
            .input(Field.string("name", "The new account's name").required().minLength(1))
            .output("{account_id, name, api_hostname}")
            .api(DuoApi.ACCOUNTS)
            .changes()
            .handledBy((ctx, in) -> ActionJson.of(ctx.accounts().create(in.requireText("name")))),
        ActionDefinition.define("accounts.delete")
            .title("Delete a child account")
            .description("Deletes a child account and everything in it. Cannot be undone.")
            .input(
                Field.string("account_id", "The child account's id (DA…)").required().minLength(1))
            .output("{deleted: account_id}")
            .api(DuoApi.ACCOUNTS)
            .destroys()
            .handledBy(
                (ctx, in) -> {
                  ctx.accounts().delete(in.requireText("account_id"));
                  return ActionJson.object().put("deleted", in.requireText("account_id"));
                }),
        ActionDefinition.define("billing.get_edition")
            .title("Get the edition")
            .description("The organization's Duo edition (child accounts only).")
            .output("{edition}")
            .reads()
            .handledBy(
                (ctx, in) -> ActionJson.object().put("edition", ctx.admin().billing().edition())),
        ActionDefinition.define("billing.set_edition")
            .title("Set the edition")
            .description("Changes the organization's Duo edition (child accounts only).")
            .input(
                Field.string("edition", "ENTERPRISE, PLATFORM, BEYOND or PERSONAL")
                    .required()
                    .oneOf("ENTERPRISE", "PLATFORM", "BEYOND", "PERSONAL"))
            .output("{edition}")
            .changes()
            .handledBy(
                (ctx, in) -> {
                  ctx.admin().billing().setEdition(Edition.valueOf(in.requireText("edition")));
                  return ActionJson.object().put("edition", in.requireText("edition"));
                }),
        ActionDefinition.define("billing.get_telephony_credits")
            .title("Get telephony credits")
            .description("The organization's telephony credit balance (child accounts only).")
            .output("{credits}")
            .reads()
            .handledBy(
                (ctx, in) ->
                    ActionJson.object().put("credits", ctx.admin().billing().telephonyCredits())),
        ActionDefinition.define("billing.set_telephony_credits")
            .title("Set telephony credits")
            .description(
                "Sets the organization's telephony credit balance; the difference moves from or to"
                    + " the parent's balance (child accounts only).")
            .input(Field.integer("credits", "The new balance").required().min(0))
            .output("{credits}")
            .changes()
            .handledBy(
                (ctx, in) -> {
                  long credits = in.number("credits").orElseThrow();
                  ctx.admin().billing().setTelephonyCredits(credits);
                  return ActionJson.object().put("credits", credits);
                }));
  }
}
