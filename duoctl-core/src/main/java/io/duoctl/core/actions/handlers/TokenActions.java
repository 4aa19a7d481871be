package io.duoctl.core.actions.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.admin.tokens.HardwareToken;
import io.duoctl.client.admin.tokens.NewHardwareToken;
import io.duoctl.client.admin.tokens.TokenType;
import io.duoctl.client.admin.users.User;
import io.duoctl.core.actions.ActionContext;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.Field;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Hardware tokens: list, get, import, delete, resync, assign to and remove from users. */
final class TokenActions {

  private TokenActions() {}

  private static Field tokenId() {
    return Field.string("token_id", "The token's id (DH…)").required().minLength(1);
  }

  static List<ActionDefinition> definitions() {
    return List.of(
        ActionDefinition.define("tokens.list")
            .title("List hardware tokens")
            .description("Lists the organization's OTP hardware tokens and their users.")
            .input(Listing.limit(10_000))
            .output("An array of tokens")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(ctx.admin().tokens().list(), in.number("limit").orElseThrow())),
        ActionDefinition.define("tokens.get")
            .title("Get a hardware token")
            .description("One token by id.")
            .input(tokenId())
            .output("The token")
            .reads()
            .handledBy(
                (ctx, in) -> ActionJson.of(ctx.admin().tokens().get(in.requireText("token_id")))),
        ActionDefinition.define("tokens.create")
            .title("Import a hardware token")
            .description("Imports an OTP token (HOTP h6/h8, TOTP t6/t8, or YubiKey AES yk).")
            .input(
                Field.string("type", "h6, h8, t6, t8 or yk")
                    .required()
                    .oneOf("h6", "h8", "t6", "t8", "yk"),
                Field.string("serial", "The serial number").required().minLength(1).maxLength(128),
                Field.string("secret", "The OTP secret, hex (HOTP/TOTP)").secret(),
                Field.integer("counter", "Initial HOTP counter").min(0),
                Field.integer("totp_step", "TOTP step in seconds").min(1).max(3600),
                Field.string("private_id", "YubiKey private id (12 hex)").secret(),
                Field.string("aes_key", "YubiKey AES key (32 hex)").secret())
            .output("The token")
            .changes()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  NewHardwareToken token = ClientRequests.fromInput("token", () -> newToken(in));
                  String serial = in.requireText("serial");
                  TokenType type =
                      TokenType.valueOf(in.requireText("type").toUpperCase(Locale.ROOT));
                  return Settled.create(
                      in.requireText("type") + " token " + serial,
                      () -> ctx.admin().tokens().findBySerial(type, serial),
                      () -> ctx.admin().tokens().create(token),
                      ActionJson::of);
                }),
        ActionDefinition.define("tokens.delete")
            .title("Delete a hardware token")
            .description("Deletes a token.")
            .input(tokenId())
            .output("{deleted: token_id}")
            .destroys()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String id = in.requireText("token_id");
                  return Settled.delete(
                      "token " + id,
                      () -> Settled.unlessNotFound(() -> ctx.admin().tokens().get(id)),
                      token ->
                          Settled.unlessNotFound(() -> ctx.admin().tokens().get(id)).isPresent(),
                      token -> ctx.admin().tokens().delete(id),
                      token -> ActionJson.object().put("deleted", id),
                      () -> ActionJson.object().put("token_id", id));
                }),
        ActionDefinition.define("tokens.resync")
            .title("Resync a hardware token")
            .description("Resynchronises an HOTP token from three consecutive codes.")
            .input(
                tokenId(),
                Field.string("code1", "First code").required().secret(),
                Field.string("code2", "Second code").required().secret(),
                Field.string("code3", "Third code").required().secret())
            .output("{result: resynced}")
            .changes()
            .handledBy(
                (ctx, in) -> {
                  ctx.admin()
                      .tokens()
                      .resync(
                          in.requireText("token_id"),
                          in.requireText("code1"),
                          in.requireText("code2"),
                          in.requireText("code3"));
                  return Listing.done("resynced");
                }),
        ActionDefinition.define("tokens.assign")
            .title("Assign a token to a user")
            .description(
                "Attaches a hardware token to a user. A token already attached is reported with"
                    + " outcome already_exists, and nothing is sent.")
            .input(Field.user("user").required(), tokenId())
            .output("{user_id, token_id}, with outcome already_exists and a note when attached")
            .changes()
            .looksFirst()
            .handledBy((ctx, in) -> assignment(ctx, in, true)),
        ActionDefinition.define("tokens.unassign")
            .title("Remove a token from a user")
            .description(
                "Detaches a hardware token from a user; the token stays. A token not attached is"
                    + " reported with outcome already_absent, and nothing is sent.")
            .input(Field.user("user").required(), tokenId())
            .output("{user_id, token_id}, with outcome already_absent and a note when not attached")
            .changes()
            .looksFirst()
            .handledBy((ctx, in) -> assignment(ctx, in, false)));
  }

  private static JsonNode assignment(ActionContext ctx, ActionInput in, boolean add) {
    User user = ctx.user(in.requireText("user"));
    HardwareToken token = ctx.admin().tokens().get(in.requireText("token_id"));
    Settled.Link link =
        new Settled.Link(
            token.type() + " token " + token.serial(),
            "attached to user \"" + user.username() + "\"");
    BooleanSupplier attachedNow = () -> hasUser(ctx.admin().tokens().get(token.tokenId()), user);
    Supplier<ObjectNode> result =
        () -> ActionJson.object().put("user_id", user.userId()).put("token_id", token.tokenId());
    return add
        ? Settled.add(
            link,
            hasUser(token, user),
            attachedNow,
            () -> ctx.admin().users().addToken(user.userId(), token.tokenId()),
            result)
        : Settled.remove(
            link,
            hasUser(token, user),
            attachedNow,
            () -> ctx.admin().users().removeToken(user.userId(), token.tokenId()),
            result);
  }

  private static boolean hasUser(HardwareToken token, User user) {
    return token.users().stream().anyMatch(u -> user.userId().equals(u.userId()));
  }

  private static NewHardwareToken newToken(ActionInput in) {
    TokenType type = TokenType.valueOf(in.requireText("type").toUpperCase(Locale.ROOT));
    String serial = in.requireText("serial");
    if (type == TokenType.YK) {
      if (!in.has("private_id") || !in.has("aes_key")) {
        throw new ActionFailure(ErrorCode.INVALID_INPUT, "yk tokens need private_id and aes_key");
      }
      return NewHardwareToken.yubiKey(
          serial, in.requireText("private_id"), in.requireText("aes_key"));
    }
    NewHardwareToken token = NewHardwareToken.otp(type, serial, in.text("secret").orElse(null));
    if (in.has("counter")) {
      token = token.withCounter(in.number("counter").get());
    }
    if (in.has("totp_step")) {
      token = token.withTotpStep(in.integer("totp_step").get());
    }
    return token;
  }
}
