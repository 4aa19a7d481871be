package io.duoctl.client.admin.logs;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.internal.Copies;
import java.util.Map;

/**
 * One activity log entry. Any may be null; {@code extra} holds the rest, e.g. {@code access_device}
 * and {@code old_target}.
 *
 * @param activityId the entry's id
 * @param ts when it happened, ISO-8601
 * @param akey the account key ({@code DA…})
 * @param action what happened: {@code name} (e.g. {@code login_attempt}) and {@code details}
 * @param outcome how it ended: {@code result} ({@code SUCCESS} or {@code FAILURE})
 * @param actor who did it
 * @param target what it was done to
 * @param application the application involved
 * @param extra every other field Duo sent
 */
public record ActivityLogEntry(
    String activityId,
    String ts,
    String akey,
    JsonNode action,
    JsonNode outcome,
    LogParty actor,
    LogParty target,
    LogParty application,
    @JsonAnySetter Map<String, JsonNode> extra) {

  public ActivityLogEntry {
    extra = Copies.map(extra);
  }

  /** The action's name, e.g. {@code login_attempt}, or null. */
  public String actionName() {
    return action == null ? null : action.path("name").textValue();
  }

  /** The outcome's result, e.g. {@code SUCCESS}, or null. */
  public String result() {
    return outcome == null ? null : outcome.path("result").textValue();
  }

  /**
   * This entry's place in the log, as a cursor that resumes right after it: the millisecond of
   * {@code ts} and the {@code activity_id}.
   *
   * @throws IllegalStateException if Duo sent no id or no time
   */
  public LogCursor position() {
    return LogTimes.position(ts, null, activityId);
  }
}
