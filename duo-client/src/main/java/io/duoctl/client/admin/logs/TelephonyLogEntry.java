package io.duoctl.client.admin.logs;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.internal.Copies;
import java.util.Map;

/**
 * One telephony log (v2) entry: an SMS or call Duo paid credits for. Any may be null.
 *
 * @param telephonyId the entry's id
 * @param txid the authentication it belonged to
 * @param ts when it happened, ISO-8601
 * @param context e.g. {@code authentication}, {@code enrollment}, {@code administrator login}
 * @param type {@code sms} or {@code phone}
 * @param phone the number, E.164
 * @param credits the credits spent
 * @param extra every other field Duo sent
 */
public record TelephonyLogEntry(
    String telephonyId,
    String txid,
    String ts,
    String context,
    String type,
    String phone,
    Integer credits,
    @JsonAnySetter Map<String, JsonNode> extra) {

  public TelephonyLogEntry {
    extra = Copies.map(extra);
  }

  /**
   * This entry's place in the log, as a cursor that resumes right after it: the millisecond of
   * {@code ts} and the {@code telephony_id}.
   *
   * @throws IllegalStateException if Duo sent no id or no time
   */
  public LogCursor position() {
    return LogTimes.position(ts, null, telephonyId);
  }
}
