package io.duoctl.core.actions.handlers;

import io.duoctl.client.admin.administrators.AdministratorUpdate;
import io.duoctl.client.admin.administrators.NewAdministrator;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.Field;
import java.util.List;

/** WebAuthn credentials, administrators and integrations (read). */
final class DirectoryActions {

  private DirectoryActions() {}

  static List<ActionDefinition> definitions() {
    Field webauthnKey =
        Field.string("webauthnkey", "The credential's webauthnkey (DW…)").required().minLength(1);
    Field adminId =
        Field.string("admin_id", "The administrator's id (DE…)").required().minLength(1);
    return List.of(
        ActionDefinition.define("webauthn.list")
            .title("List WebAuthn credentials")
            .description("Lists security keys and platform authenticators (e.g. Touch ID).")
            .input(Listing.limit(10_000))
            .output("An array of WebAuthn credentials")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(ctx.admin().webauthn().list(), in.number("limit").orElseThrow())),
        ActionDefinition.define("webauthn.list_for_user")
            .title("List a user's WebAuthn credentials")
            .description("The WebAuthn credentials of one user.")
            .input(Field.user("user").required())
            .output("An array of WebAuthn credentials")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(
                        ctx.admin()
                            .users()
                            .webAuthnCredentials(ctx.user(in.requireText("user")).userId()),
                        Listing.MAX_LIMIT)),
        ActionDefinition.define("webauthn.get")
            .title("Get a WebAuthn credential")
            .description("One credential by webauthnkey.")
            .input(webauthnKey)
            .output("The credential")
            .reads()
            .handledBy(
                (ctx, in) ->
                    ActionJson.of(ctx.admin().webauthn().get(in.requireText("webauthnkey")))),
        ActionDefinition.define("webauthn.delete")
            .title("Delete a WebAuthn credential")
            .description(
                "Removes a security key or platform authenticator from its user. A credential that"
                    + " does not exist is reported with outcome already_absent.")
            .input(
                Field.string("webauthnkey", "The credential's webauthnkey (DW…)")
                    .required()
                    .minLength(1))
            .output("{deleted: webauthnkey}, or {webauthnkey, outcome: already_absent}")
            .destroys()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String key = in.requireText("webauthnkey");
                  return Settled.delete(
                      "WebAuthn credential " + key,
                      () -> Settled.unlessNotFound(() -> ctx.admin().webauthn().get(key)),
                      found ->
                          Settled.unlessNotFound(() -> ctx.admin().webauthn().get(key)).isPresent(),
                      found -> ctx.admin().webauthn().delete(key),
                      found -> ActionJson.object().put("deleted", key),
                      () -> ActionJson.object().put("webauthnkey", key));
                }),
        ActionDefinition.define("admins.list")
            .title("List administrators")
            .description("Lists the account's administrators and their roles.")
            .input(Listing.limit(10_000))
            .output("An array of administrators")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(
                        ctx.admin().administrators().list(), in.number("limit").orElseThrow())),
        ActionDefinition.define("admins.get")
            .title("Get an administrator")
            .description("One administrator by id.")
            .input(adminId)
            .output("The administrator")
            .reads()
            .handledBy(
                (ctx, in) ->
                    ActionJson.of(ctx.admin().administrators().get(in.requireText("admin_id")))),
        ActionDefinition.define("admins.create")
            .title("Create an administrator")
            .description(
                "Creates an administrator; Duo emails the activation link. When an administrator"
                    + " has the email, changes nothing and answers with it (outcome"
                    + " already_exists), so a rerun never creates it twice.")
            .input(
                Field.email("email", "The admin's email").required(),
                Field.string("name", "The admin's name").required().minLength(1),
                Field.phoneNumber("phone", "Phone number in E.164"),
                Field.string("role", "e.g. Owner, Administrator, Help Desk, Read-only"))
            .output("The administrator")
            .changes()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  NewAdministrator.Builder b =
                      NewAdministrator.builder(in.requireText("email"), in.requireText("name"));
                  in.text("phone").ifPresent(b::phone);
                  in.text("role").ifPresent(b::role);
                  NewAdministrator request = ClientRequests.fromInput("administrator", b::build);
                  String email = in.requireText("email");
                  return Settled.create(
                      "administrator \"" + email + "\"",
                      () ->
                          ctx.admin().administrators().list().stream()
                              .filter(admin -> email.equalsIgnoreCase(admin.email()))
                              .findFirst(),
                      () -> ctx.admin().administrators().create(request),
                      ActionJson::of);
                }),
        ActionDefinition.define("admins.update")
            .title("Update an administrator")
            .description("Changes an administrator's name, phone, role or status.")
            .input(
                Field.string("admin_id", "The administrator's id (DE…)").required().minLength(1),
                Field.string("name", "A new name").minLength(1),
                Field.phoneNumber("phone", "Phone number in E.164"),
                Field.string("role", "e.g. Owner, Administrator, Help Desk, Read-only"),
                Field.string("status", "Active or Disabled").oneOf("Active", "Disabled"))
            .output("The administrator")
            .changes()
            .handledBy(
                (ctx, in) -> {
                  AdministratorUpdate.Builder b = AdministratorUpdate.builder();
                  in.text("name").ifPresent(b::name);
                  in.text("phone").ifPresent(b::phone);
                  in.text("role").ifPresent(b::role);
                  in.text("status").ifPresent(b::status);
                  return ActionJson.of(
                      ctx.admin()
                          .administrators()
                          .update(
                              in.requireText("admin_id"),
                              ClientRequests.fromInput("administrator update", b::build)));
                }),
        ActionDefinition.define("admins.delete")
            .title("Delete an administrator")
            .description(
                "Deletes an administrator. One that does not exist is reported with outcome"
                    + " already_absent.")
            .input(Field.string("admin_id", "The administrator's id (DE…)").required().minLength(1))
            .output("{deleted: admin_id}, or {admin_id, outcome: already_absent}")
            .destroys()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String id = in.requireText("admin_id");
                  return Settled.delete(
                      "administrator " + id,
                      () -> Settled.unlessNotFound(() -> ctx.admin().administrators().get(id)),
                      admin ->
                          Settled.unlessNotFound(() -> ctx.admin().administrators().get(id))
                              .isPresent(),
                      admin -> ctx.admin().administrators().delete(id),
                      admin -> ActionJson.object().put("deleted", id),
                      () -> ActionJson.object().put("admin_id", id));
                }),
        ActionDefinition.define("integrations.list")
            .title("List integrations")
            .description(
                "Lists the account's applications (integrations); secret keys are never read.")
            .input(Listing.limit(10_000))
            .output("An array of integrations")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(
                        ctx.admin().integrations().list(), in.number("limit").orElseThrow())),
        ActionDefinition.define("integrations.get")
            .title("Get an integration")
            .description("One integration by integration key.")
            .input(
                Field.string("integration_key", "The integration key (DI…)")
                    .required()
                    .minLength(1))
            .output("The integration (without its secret key)")
            .reads()
            .handledBy(
                (ctx, in) ->
                    ActionJson.of(
                        ctx.admin().integrations().get(in.requireText("integration_key")))));
  }
}
