package io.duoctl.core.actions.handlers;

import io.duoctl.client.admin.logs.AuthLogQuery;
import io.duoctl.client.admin.logs.LogWindow;
import io.duoctl.client.admin.settings.SettingsUpdate;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.Field;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Global settings, info/summary and log queries with time windows. */
final class AccountSettingsActions {

  private static final Field[] SETTINGS = {
    Field.integer("lockout_threshold", "Failed attempts before lockout").min(1).max(9999),
    Field.integer("lockout_expire_duration", "Minutes until a lockout ends (0: never)").min(0),
    Field.integer("inactive_user_expiration", "Days until inactive users are removed (0: never)")
        .min(0),
    Field.string("helpdesk_bypass", "allow, limit or deny").oneOf("allow", "limit", "deny"),
    Field.integer("helpdesk_bypass_expiration", "Minutes a help-desk bypass code lasts").min(1),
    Field.string("helpdesk_message", "Message shown to help-desk admins"),
    Field.string("sms_message", "Text sent before SMS passcodes"),
    Field.integer("telephony_warning_min", "Warn below this many telephony credits").min(0),
    Field.integer("user_telephony_cost_max", "Most credits one user may spend per auth").min(0),
    Field.string("caller_id", "Phone number shown for Duo calls"),
    Field.string("language", "EN, DE or FR").oneOf("EN", "DE", "FR"),
    Field.string("timezone", "IANA time zone, e.g. Europe/Berlin"),
    Field.stringMap("other", "Further settings by Duo parameter name")
  };

  private AccountSettingsActions() {}

  private static Field since(String defaultAge) {
    return Field.time("since", "Start of the window: ISO-8601 or an age like 24h, 7d")
        .defaultsTo(defaultAge);
  }

  private static Field until() {
    return Field.time("until", "End of the window: ISO-8601 or an age (default: now)");
  }

  static List<ActionDefinition> definitions() {
    return List.of(
        ActionDefinition.define("settings.get")
            .title("Get settings")
            .description("The account's global settings, every field as Duo sent it.")
            .output("The settings")
            .reads()
            .handledBy((ctx, in) -> ctx.admin().settings().json()),
        ActionDefinition.define("settings.update")
            .title("Update settings")
            .description("Changes global settings; only those given are changed.")
            .input(SETTINGS)
            .output("The settings after the change")
            .changes()
            .handledBy(
                (ctx, in) -> ActionJson.of(ctx.admin().settings().update(settingsUpdate(in)))),
        ActionDefinition.define("info.summary")
            .title("Account summary")
            .description("User, admin, integration counts and telephony credits left.")
            .output("The summary")
            .reads()
            .handledBy((ctx, in) -> ActionJson.of(ctx.admin().info().summary())),
        ActionDefinition.define("info.telephony_credits_used")
            .title("Telephony credits used")
            .description("Telephony credits used in a window (default: the last 30 days).")
            .input(since("30d"), until())
            .output("{telephony_credits_used, mintime, maxtime}")
            .reads()
            .handledBy(
                (ctx, in) -> {
                  Instant[] w = window(ctx.now(), in);
                  return ActionJson.of(ctx.admin().info().telephonyCreditsUsed(w[0], w[1]));
                }),
        ActionDefinition.define("info.authentication_attempts")
            .title("Authentication attempts")
            .description("Counts of authentication attempts by result in a window.")
            .input(since("30d"), until())
            .output("Counts by result")
            .reads()
            .handledBy(
                (ctx, in) -> {
                  Instant[] w = window(ctx.now(), in);
                  return ActionJson.of(ctx.admin().info().authenticationAttempts(w[0], w[1]));
                }),
        ActionDefinition.define("logs.authentication")
            .title("Authentication log")
            .description("Authentication events in a window, optionally filtered.")
            .input(
                since("24h"),
                until(),
                Field.stringList("users", "Only these user_ids"),
                Field.stringList("results", "e.g. success, denied, fraud"),
                Field.stringList("factors", "e.g. duo_push, sms_passcode, bypass_code"),
                Field.stringList("event_types", "authentication or enrollment"),
                Listing.limit(1000))
            .output("An array of authentication log entries")
            .reads()
            .handledBy(
                (ctx, in) -> {
                  Instant[] w = window(ctx.now(), in);
                  AuthLogQuery.Builder q = AuthLogQuery.builder(LogWindow.between(w[0], w[1]));
                  q.limit((int) Math.min(in.number("limit").orElseThrow(), AuthLogQuery.MAX_LIMIT));
                  for (String filter : List.of("users", "results", "factors", "event_types")) {
                    if (in.has(filter)) {
                      q.filter(filter, in.list(filter));
                    }
                  }
                  return Listing.take(
                      ctx.admin()
                          .logs()
                          .authentication(ClientRequests.fromInput("query", q::build)),
                      in.number("limit").orElseThrow());
                }),
        ActionDefinition.define("logs.administrator")
            .title("Administrator log")
            .description("Administrator actions in a window.")
            .input(since("24h"), until(), Listing.limit(1000))
            .output("An array of administrator log entries")
            .reads()
            .handledBy(
                (ctx, in) -> {
                  Instant[] w = window(ctx.now(), in);
                  return Listing.take(
                      ctx.admin().logs().administrator(w[0]),
                      in.number("limit").orElseThrow(),
                      e -> e.timestamp() < w[1].getEpochSecond());
                }),
        ActionDefinition.define("logs.telephony")
            .title("Telephony log")
            .description("SMS and phone-call events in a window.")
            .input(since("24h"), until(), Listing.limit(1000))
            .output("An array of telephony log entries")
            .reads()
            .handledBy(
                (ctx, in) -> {
                  Instant[] w = window(ctx.now(), in);
                  return Listing.take(
                      ctx.admin().logs().telephony(LogWindow.between(w[0], w[1])),
                      in.number("limit").orElseThrow());
                }),
        ActionDefinition.define("logs.activity")
            .title("Activity log")
            .description("Activity events (admin and user changes) in a window.")
            .input(since("24h"), until(), Listing.limit(1000))
            .output("An array of activity log entries")
            .reads()
            .handledBy(
                (ctx, in) -> {
                  Instant[] w = window(ctx.now(), in);
                  return Listing.take(
                      ctx.admin().logs().activity(LogWindow.between(w[0], w[1])),
                      in.number("limit").orElseThrow());
                }));
  }

  private static Instant[] window(Instant now, ActionInput in) {
    Instant from = in.time("since").orElseThrow();
    Instant to = in.time("until").orElse(now);
    if (!from.isBefore(to)) {
      throw new ActionFailure(
          ErrorCode.INVALID_INPUT,
          "since (" + from + ") must be before until (" + to + "); swap them or widen the window");
    }
    return new Instant[] {from, to};
  }

  private static SettingsUpdate settingsUpdate(ActionInput in) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Field field : SETTINGS) {
      String name = field.name();
      if (!name.equals("other") && in.has(name)) {
        values.put(name, in.requireText(name));
      }
    }
    for (Map.Entry<String, String> other : in.map("other").entrySet()) {
      if (values.containsKey(other.getKey())) {
        throw new ActionFailure(
            ErrorCode.INVALID_INPUT,
            "other."
                + other.getKey()
                + " repeats the field "
                + other.getKey()
                + "; give it once, as the field");
      }
      values.put(other.getKey(), other.getValue());
    }
    if (values.isEmpty()) {
      throw new ActionFailure(
          ErrorCode.INVALID_INPUT, "give at least one setting to change, e.g. lockout_threshold");
    }
    return ClientRequests.fromInput("settings", () -> new SettingsUpdate(values));
  }
}
