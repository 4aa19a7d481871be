package io.duoctl.core.actions.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.admin.bypasscodes.BypassCode;
import io.duoctl.client.admin.bypasscodes.NewBypassCodes;
import io.duoctl.client.admin.users.User;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.Field;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Bypass codes: list (all, per user), get, create for a user, delete. */
final class BypassCodeActions {

  private BypassCodeActions() {}

  private static Field codeId() {
    return Field.string("bypass_code_id", "The bypass code's id (not the code itself)")
        .required()
        .minLength(1);
  }

  static List<ActionDefinition> definitions() {
    return List.of(
        ActionDefinition.define("bypass_codes.list")
            .title("List bypass codes")
            .description("Lists the metadata of every bypass code (never the codes themselves).")
            .input(Listing.limit(10_000))
            .output("An array of bypass codes: id, user, expiration, reuse count")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(
                        ctx.admin().bypassCodes().list(), in.number("limit").orElseThrow())),
        ActionDefinition.define("bypass_codes.get")
            .title("Get a bypass code")
            .description("One bypass code's metadata by id.")
            .input(codeId())
            .output("The bypass code's metadata")
            .reads()
            .handledBy(
                (ctx, in) ->
                    ActionJson.of(ctx.admin().bypassCodes().get(in.requireText("bypass_code_id")))),
        ActionDefinition.define("bypass_codes.list_for_user")
            .title("List a user's bypass codes")
            .description("The metadata of a user's bypass codes.")
            .input(Field.user("user").required())
            .output("An array of bypass codes")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(
                        ctx.admin()
                            .bypassCodes()
                            .forUser(ctx.user(in.requireText("user")).userId()),
                        Listing.MAX_LIMIT)),
        ActionDefinition.define("bypass_codes.create")
            .title("Create bypass codes for a user")
            .description(
                "Generates bypass codes for a user (or sets the given ones). Existing codes are"
                    + " replaced unless preserve_existing is true. The codes are shown once."
                    + " Not settled: codes are new each time, so when Duo's answer never comes the"
                    + " run reports outcome_unknown and a rerun makes another set (with"
                    + " preserve_existing, on top of any set Duo made); check"
                    + " bypass_codes.list_for_user first.")
            .input(
                Field.user("user").required(),
                Field.integer("count", "How many random codes to generate (default 1)")
                    .min(1)
                    .max(10),
                Field.stringList("codes", "Exact codes to set instead of count")
                    .min(1)
                    .max(100)
                    .secret(),
                Field.integer("reuse_count", "How many times each code may be used (0: unlimited)")
                    .min(0)
                    .defaultsTo(1),
                Field.integer("valid_secs", "Seconds until the codes expire (0: never)").min(0),
                Field.bool("preserve_existing", "Keep the user's existing codes"))
            .output("{user_id, codes: [the codes]}")
            .changes()
            .secretOutputs("codes")
            .handledBy(
                (ctx, in) -> {
                  NewBypassCodes request =
                      ClientRequests.fromInput("bypass codes", () -> request(in));
                  User user = ctx.user(in.requireText("user"));
                  List<String> codes =
                      ctx.admin().bypassCodes().create(user.userId(), request).codes();
                  return ActionJson.object()
                      .put("user_id", user.userId())
                      .set("codes", ActionJson.of(codes));
                }),
        ActionDefinition.define("bypass_codes.delete")
            .title("Delete a bypass code")
            .description(
                "Deletes one bypass code by id. One that does not exist is reported with outcome"
                    + " already_absent.")
            .input(codeId())
            .output("{deleted: bypass_code_id}, or {bypass_code_id, outcome: already_absent}")
            .destroys()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String id = in.requireText("bypass_code_id");
                  return Settled.delete(
                      "bypass code " + id,
                      () -> Settled.unlessNotFound(() -> ctx.admin().bypassCodes().get(id)),
                      code ->
                          Settled.unlessNotFound(() -> ctx.admin().bypassCodes().get(id))
                              .isPresent(),
                      code -> ctx.admin().bypassCodes().delete(id),
                      code -> ActionJson.object().put("deleted", id),
                      () -> ActionJson.object().put("bypass_code_id", id));
                }),
        ActionDefinition.define("bypass_codes.delete_for_user")
            .title("Delete a user's bypass codes")
            .description(
                "Deletes every bypass code of a user. A delete whose answer never comes is"
                    + " settled by looking the code up; a rerun deletes only the codes left. A user"
                    + " without bypass codes is reported with outcome already_absent.")
            .input(Field.user("user").required())
            .output(
                "{user_id, deleted: [ids]}, with outcome already_absent and a note when there were"
                    + " none (deleted: [])")
            .destroys()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  User user = ctx.user(in.requireText("user"));
                  List<String> ids =
                      ctx.admin().bypassCodes().forUser(user.userId()).stream()
                          .map(BypassCode::bypassCodeId)
                          .toList();
                  if (ids.isEmpty()) {
                    return Settled.absent(
                        deleted(user, ids),
                        "user \"" + user.username() + "\" has no bypass codes: nothing to delete");
                  }
                  ids.forEach(
                      id ->
                          Settled.delete(
                              "bypass code " + id,
                              () -> Optional.of(id),
                              code ->
                                  Settled.unlessNotFound(() -> ctx.admin().bypassCodes().get(id))
                                      .isPresent(),
                              ctx.admin().bypassCodes()::delete,
                              code -> ActionJson.object(),
                              ActionJson::object));
                  return deleted(user, ids);
                }));
  }

  private static ObjectNode deleted(User user, List<String> ids) {
    return ActionJson.object().put("user_id", user.userId()).set("deleted", ActionJson.of(ids));
  }

  private static NewBypassCodes request(ActionInput in) {
    if (in.has("count") && in.has("codes")) {
      throw new ActionFailure(
          ErrorCode.INVALID_INPUT, "give either count or codes, not both (codes: exact values)");
    }
    NewBypassCodes.Builder b =
        in.has("codes")
            ? NewBypassCodes.ofCodes(in.list("codes"))
            : NewBypassCodes.random(in.integer("count").orElse(1));
    in.integer("reuse_count").ifPresent(b::reuseCount);
    in.number("valid_secs").map(Duration::ofSeconds).ifPresent(b::validFor);
    in.bool("preserve_existing").ifPresent(b::preserveExisting);
    return b.build();
  }
}
