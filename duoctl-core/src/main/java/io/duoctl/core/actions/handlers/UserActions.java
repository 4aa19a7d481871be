package io.duoctl.core.actions.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserStatus;
import io.duoctl.client.admin.users.UserUpdate;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.Field;
import io.duoctl.core.orgs.KeyFixes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Users: list (with a status filter), find by text, get, create, update, delete, enroll, directory
 * sync.
 */
final class UserActions {

  private static final String[] STATUSES = {"active", "bypass", "disabled", "locked out"};

  private UserActions() {}

  static List<ActionDefinition> definitions() {
    return List.of(
        ActionDefinition.define("users.list")
            .title("List users")
            .description(
                "Lists the organization's users, optionally only those with one status (e.g."
                    + " everyone in bypass) or only unenrolled ones.")
            .input(
                Field.string("status", "Only users with this status").oneOf(STATUSES),
                Field.bool("enrolled", "Only enrolled (true) or unenrolled (false) users"),
                Listing.limit(10_000))
            .output("An array of users with their phones, tokens and groups")
            .reads()
            .handledBy(
                (ctx, in) -> {
                  String status = in.text("status").orElse(null);
                  Boolean enrolled = in.bool("enrolled").orElse(null);
                  return Listing.take(
                      ctx.admin().users().list(),
                      in.number("limit").orElseThrow(),
                      u ->
                          (status == null
                                  || status.equalsIgnoreCase(
                                      String.valueOf(u.status()).toLowerCase(Locale.ROOT)))
                              && (enrolled == null || enrolled.equals(u.isEnrolled())));
                }),
        ActionDefinition.define("users.find")
            .title("Find users")
            .description(
                "Finds the organization's users whose username, alias, email, real name (or any"
                    + " word of it), first or last name begins with the text, ignoring case: e.g."
                    + " \"jan\" finds jdoe with real name Jane Doe and jan.k@acme.example.")
            .input(
                Field.string("text", "The beginning of a name, alias or email")
                    .required()
                    .pattern(".*\\S.*"),
                Listing.limit(1_000))
            .output("An array of the matching users with their phones, tokens and groups")
            .reads()
            .handledBy(
                (ctx, in) -> {
                  UserSearch search = new UserSearch(in.requireText("text"));
                  return Listing.take(
                      ctx.admin().users().list(),
                      in.number("limit").orElseThrow(),
                      search::matches);
                }),
        ActionDefinition.define("users.get")
            .title("Get a user")
            .description(
                "Finds one user by user_id, username, alias or email. With missing_ok, a user that"
                    + " does not exist is an answer ({user, found: false}) rather than a failure.")
            .input(
                Field.user("user").required(),
                Field.bool(
                        "missing_ok",
                        "Answer {user, found: false} instead of failing when there is no such"
                            + " user")
                    .defaultsTo(false))
            .output("The user, or {user, found: false} with missing_ok")
            .reads()
            .handledBy(
                (ctx, in) -> {
                  String reference = in.requireText("user");
                  if (!in.bool("missing_ok").orElse(false)) {
                    return ActionJson.of(ctx.user(reference));
                  }
                  return Settled.unlessNotFound(() -> ctx.user(reference))
                      .<JsonNode>map(ActionJson::of)
                      .orElseGet(
                          () -> ActionJson.object().put("user", reference).put("found", false));
                }),
        ActionDefinition.define("users.create")
            .title("Create a user")
            .description(
                "Creates a user. When the username is taken, changes nothing and answers with that"
                    + " user, outcome already_exists, so a rerun never creates anyone twice.")
            .input(userFields())
            .output("The user as Duo stored it (with outcome and note when it already existed)")
            .changes()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String username = in.requireText("username");
                  return Settled.create(
                      "user \"" + username + "\"",
                      () -> ctx.admin().users().findByUsername(username),
                      () -> ctx.admin().users().create(newUser(in)),
                      ActionJson::of);
                }),
        ActionDefinition.define("users.update")
            .title("Update a user")
            .description(
                "Changes a user's fields; only the fields given are changed. When the user has"
                    + " every value given already, sends nothing and answers with the user, outcome"
                    + " unchanged, so a rerun changes nothing.")
            .input(updateFields())
            .output(
                "The user as Duo stored it (with outcome unchanged and a note naming the fields"
                    + " when it had every value given already)")
            .changes()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  UserUpdate update = UserUpdates.request(in);
                  User user = ctx.user(in.requireText("user"));
                  return Settled.update(
                      "user \"" + user.username() + "\"",
                      user,
                      UserUpdates.asked(in),
                      UserUpdates.differing(in, user),
                      () -> ctx.admin().users().update(user.userId(), update),
                      ActionJson::of);
                }),
        ActionDefinition.define("users.delete")
            .title("Delete a user")
            .description(
                "Deletes a user permanently (no Trash through the API); phones and tokens stay. A"
                    + " user that does not exist is reported with outcome already_absent.")
            .input(Field.user("user").required())
            .output("{deleted: user_id, username}, or {user, outcome: already_absent}")
            .destroys()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String reference = in.requireText("user");
                  return Settled.delete(
                      "user \"" + reference + "\"",
                      () -> Settled.unlessNotFound(() -> ctx.user(reference)),
                      user ->
                          Settled.unlessNotFound(() -> ctx.admin().users().get(user.userId()))
                              .isPresent(),
                      user -> ctx.admin().users().delete(user.userId()),
                      user ->
                          ActionJson.object()
                              .put("deleted", user.userId())
                              .put("username", user.username()),
                      () -> ActionJson.object().put("user", reference));
                }),
        ActionDefinition.define("users.enroll")
            .title("Enroll a user by email")
            .description(
                "Emails an enrollment link to the address, creating the user if needed; Duo refuses"
                    + " for users already enrolled.")
            .input(
                Field.string("username", "The username to enroll").required().minLength(1),
                Field.email("email", "Where to send the link").required(),
                Field.integer("valid_secs", "How long the link is valid, in seconds (0: no expiry)")
                    .min(0))
            .output("{result: sent}")
            .changes()
            .handledBy(
                (ctx, in) -> {
                  String username = in.requireText("username");
                  String email = in.requireText("email");
                  if (in.has("valid_secs")) {
                    ctx.admin()
                        .users()
                        .enroll(username, email, Duration.ofSeconds(in.number("valid_secs").get()));
                  } else {
                    ctx.admin().users().enroll(username, email);
                  }
                  return Listing.done("sent");
                }),
        ActionDefinition.define("users.sync")
            .title("Sync a user from the directory")
            .description(
                "Syncs one user from the organization's external directory (e.g. Entra ID) now:"
                    + " creates, updates or marks for deletion. Needs the organization's Admin API"
                    + " directory key.")
            .input(
                Field.string("username", "The user's username in the source directory")
                    .required()
                    .minLength(1),
                Field.string(
                        "directory_key",
                        "The directory key, when the organization has none stored (Users >"
                            + " External Directories > Admin API directory key)")
                    .secret())
            .output("Duo's answer: the synced user, or the sync status")
            .changes()
            .handledBy(
                (ctx, in) -> {
                  String key =
                      in.text("directory_key")
                          .or(() -> ctx.organization().directoryKey().map(s -> s.reveal()))
                          .orElseThrow(
                              () ->
                                  new ActionFailure(
                                      ErrorCode.INVALID_INPUT,
                                      "organization "
                                          + ctx.organization().name()
                                          + " has no directory key: store it ("
                                          + KeyFixes.directoryKey(ctx.organization().name())
                                          + ") or pass directory_key"));
                  return ctx.admin()
                      .users()
                      .syncFromDirectory(key, in.requireText("username"))
                      .response();
                }));
  }

  private static Field[] userFields() {
    return fields(
        Field.string("username", "The new username").required().minLength(1),
        Field.stringMap("custom_attributes", "Custom attributes by name"));
  }

  private static Field[] updateFields() {
    return fields(
        Field.user("user").required(), Field.string("username", "A new username").minLength(1));
  }

  private static Field[] fields(Field first, Field last) {
    return new Field[] {
      first,
      Field.string("realname", "Full name"),
      Field.string("firstname", "Given name"),
      Field.string("lastname", "Family name"),
      Field.email("email", "Email address"),
      Field.string("status", "active, bypass (no 2FA!) or disabled")
          .oneOf("active", "bypass", "disabled"),
      Field.string("notes", "Notes shown to admins"),
      Field.stringList("aliases", "Up to 8 username aliases").max(8),
      last
    };
  }

  private static NewUser newUser(ActionInput in) {
    NewUser.Builder b = NewUser.builder(in.requireText("username"));
    in.text("realname").ifPresent(b::realname);
    in.text("firstname").ifPresent(b::firstname);
    in.text("lastname").ifPresent(b::lastname);
    in.text("email").ifPresent(b::email);
    in.text("status").map(UserActions::status).ifPresent(b::status);
    in.text("notes").ifPresent(b::notes);
    if (in.has("aliases")) {
      b.aliases(in.list("aliases"));
    }
    if (in.has("custom_attributes")) {
      b.customAttributes(in.map("custom_attributes"));
    }
    return ClientRequests.fromInput("user", b::build);
  }

  static UserStatus status(String wire) {
    return UserStatus.valueOf(wire.toUpperCase(Locale.ROOT));
  }
}
