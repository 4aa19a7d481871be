package io.duoctl.emulator.admin.activity;

import io.duoctl.emulator.admin.LogCursor;
import io.duoctl.emulator.admin.internal.Timestamps;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One activity log item (admin-api.md §6.18). Immutable.
 *
 * @param activityId a UUID
 * @param time when it happened
 * @param accountId the account key ({@code akey})
 * @param action e.g. {@code admin_create}, {@code user_update}, {@code settings_update}
 * @param result {@code SUCCESS} or {@code FAILURE}
 * @param actor who acted
 * @param target what was acted on, or null
 * @param details free text describing the change, may be empty
 */
public record ActivityEntry(
    String activityId,
    Instant time,
    String accountId,
    String action,
    String result,
    Party actor,
    Party target,
    String details) {

  public ActivityEntry {
    Objects.requireNonNull(activityId, "activityId");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(actor, "actor");
    details = details == null ? "" : details;
  }

  /** This entry's place in the log: its millisecond and {@code activity_id}. */
  public LogCursor position() {
    return new LogCursor(time.toEpochMilli(), activityId);
  }

  /** Duo's JSON item, keys in alphabetical order. */
  Map<String, Object> view() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("access_device", null);
    Map<String, Object> act = new LinkedHashMap<>();
    act.put("details", details);
    act.put("name", action);
    view.put("action", act);
    view.put("activity_id", activityId);
    view.put("actor", actor.view());
    view.put("akey", accountId);
    view.put("application", null);
    view.put("old_target", null);
    view.put("outcome", Map.of("result", result));
    view.put("target", target == null ? null : target.view());
    view.put("ts", Timestamps.isoMicros(time));
    return view;
  }

  /** An actor or target: key, name and type ({@code admin}, {@code user}, {@code integration}). */
  public record Party(String key, String name, String type) {
    public Party {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }

    Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("details", null);
      view.put("key", key);
      view.put("name", name);
      view.put("type", type);
      return view;
    }
  }
}
