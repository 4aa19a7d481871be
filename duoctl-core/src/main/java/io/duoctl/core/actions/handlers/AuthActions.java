package io.duoctl.core.actions.handlers;

import io.duoctl.client.auth.AuthFactor;
import io.duoctl.client.auth.AuthRequest;
import io.duoctl.client.auth.PreauthRequest;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.Field;
import io.duoctl.core.settings.DuoApi;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Auth API: ping, check, preauth, auth (push and others), auth_status, enroll, enroll_status. */
final class AuthActions {

  private static final Pattern USER_ID = Pattern.compile("DU[0-9A-Z]{18}");

  private AuthActions() {}

  private static Field authUser() {
    return Field.string("user", "The user: user_id (DU…) or username").required().minLength(1);
  }

  static List<ActionDefinition> definitions() {
    return List.of(
        ActionDefinition.define("auth.ping")
            .title("Ping the Auth API")
            .description("Checks that Duo is reachable (unsigned) and returns its time.")
            .output("{time}")
            .api(DuoApi.AUTH)
            .reads()
            .handledBy((ctx, in) -> ActionJson.object().put("time", ctx.auth().ping().toString())),
        ActionDefinition.define("auth.check")
            .title("Check Auth API credentials")
            .description("Checks the Auth API keys (signed) and returns Duo's time.")
            .output("{time}")
            .api(DuoApi.AUTH)
            .reads()
            .handledBy((ctx, in) -> ActionJson.object().put("time", ctx.auth().check().toString())),
        ActionDefinition.define("auth.preauth")
            .title("Pre-authenticate")
            .description("Whether the user may or must authenticate, and with which devices.")
            .input(authUser(), Field.string("ipaddr", "The user's IP address"))
            .output("{result, status_msg, devices, enroll_portal_url}")
            .api(DuoApi.AUTH)
            .reads()
            .handledBy(
                (ctx, in) -> {
                  String user = in.requireText("user");
                  PreauthRequest.Builder b =
                      isUserId(user)
                          ? PreauthRequest.forUserId(user)
                          : PreauthRequest.forUsername(user);
                  in.text("ipaddr").ifPresent(b::ipaddr);
                  return ActionJson.of(ctx.auth().preauth(b.build()));
                }),
        ActionDefinition.define("auth.push")
            .title("Send a Duo Push")
            .description(
                "Sends a Duo Push to the user and waits for the answer (identity verification).")
            .input(
                authUser(),
                Field.string("device", "Device id or auto").defaultsTo("auto"),
                Field.string("type", "Shown in the push as the request type, e.g. Identity check"),
                Field.string("display_username", "Username shown in the push"),
                Field.string("pushinfo", "URL-encoded key=value pairs shown in the push"))
            .output("{result: allow|deny, status, status_msg}")
            .api(DuoApi.AUTH)
            .changes()
            .handledBy(
                (ctx, in) -> ActionJson.of(ctx.auth().auth(build(request(in, AuthFactor.PUSH))))),
        ActionDefinition.define("auth.auth")
            .title("Authenticate")
            .description(
                "Authenticates the user with a factor (auto, push, passcode, sms, phone); with"
                    + " async, returns a txid for auth.auth_status instead of waiting.")
            .input(
                authUser(),
                Field.string("factor", "auto, push, passcode, sms or phone")
                    .oneOf("auto", "push", "passcode", "sms", "phone")
                    .defaultsTo("auto"),
                Field.string("device", "Device id or auto (not for passcode)"),
                Field.string("passcode", "The passcode (factor passcode)").secret(),
                Field.string("type", "Shown in the push as the request type"),
                Field.string("display_username", "Username shown in the push"),
                Field.string("pushinfo", "URL-encoded key=value pairs shown in the push"),
                Field.string("ipaddr", "The user's IP address"),
                Field.bool("async", "Return a txid at once").defaultsTo(false))
            .output("{result, status, status_msg} or {txid}")
            .api(DuoApi.AUTH)
            .changes()
            .handledBy(
                (ctx, in) -> {
                  AuthRequest.Builder b =
                      request(
                          in,
                          AuthFactor.valueOf(in.requireText("factor").toUpperCase(Locale.ROOT)));
                  in.text("passcode").ifPresent(b::passcode);
                  in.text("ipaddr").ifPresent(b::ipaddr);
                  AuthRequest request = build(b);
                  return in.bool("async").orElse(false)
                      ? ActionJson.object().put("txid", ctx.auth().authAsync(request))
                      : ActionJson.of(ctx.auth().auth(request));
                }),
        ActionDefinition.define("auth.auth_status")
            .title("Authentication status")
            .description("The state of an asynchronous authentication by txid.")
            .input(Field.string("txid", "The transaction id from auth.auth with async").required())
            .output("{result, status, status_msg}")
            .api(DuoApi.AUTH)
            .reads()
            .handledBy((ctx, in) -> ActionJson.of(ctx.auth().authStatus(in.requireText("txid")))),
        ActionDefinition.define("auth.enroll")
            .title("Enroll a new user (Auth API)")
            .description(
                "Creates an enrollment: a new user with an activation code for Duo Mobile (shown"
                    + " once).")
            .input(
                Field.string("username", "Username for the new user (default: generated)"),
                Field.integer(
                        "valid_secs",
                        "Seconds the activation is valid, with username (default 24 h)")
                    .min(1))
            .output(
                "{user_id, username, activation_code, activation_barcode, activation_url, expiration}")
            .api(DuoApi.AUTH)
            .changes()
            .secretOutputs("activation_code", "activation_barcode", "activation_url")
            .handledBy(
                (ctx, in) ->
                    ActionJson.of(
                        in.has("username")
                            ? ctx.auth()
                                .enroll(
                                    in.text("username").orElse(null),
                                    Duration.ofSeconds(in.number("valid_secs").orElse(86_400L)))
                            : ctx.auth().enroll())),
        ActionDefinition.define("auth.enroll_status")
            .title("Enrollment status")
            .description("Whether an Auth API enrollment has been completed.")
            .input(
                Field.string("user_id", "The user_id from auth.enroll").required(),
                Field.string("activation_code", "The activation code from auth.enroll")
                    .required()
                    .secret())
            .output("{status: success|waiting|invalid}")
            .api(DuoApi.AUTH)
            .reads()
            .handledBy(
                (ctx, in) ->
                    ActionJson.object()
                        .put(
                            "status",
                            ctx.auth()
                                .enrollStatus(
                                    in.requireText("user_id"), in.requireText("activation_code"))
                                .name()
                                .toLowerCase(Locale.ROOT))));
  }

  private static boolean isUserId(String user) {
    return USER_ID.matcher(user).matches();
  }

  /** The fields auth.push and auth.auth share. */
  private static AuthRequest.Builder request(ActionInput in, AuthFactor factor) {
    String user = in.requireText("user");
    AuthRequest.Builder b =
        isUserId(user)
            ? AuthRequest.forUserId(factor, user)
            : AuthRequest.forUsername(factor, user);
    in.text("device").ifPresent(b::device);
    in.text("type").ifPresent(b::type);
    in.text("display_username").ifPresent(b::displayUsername);
    in.text("pushinfo").ifPresent(b::pushinfo);
    return b;
  }

  private static AuthRequest build(AuthRequest.Builder b) {
    return ClientRequests.fromInput("auth request", b::build);
  }
}
