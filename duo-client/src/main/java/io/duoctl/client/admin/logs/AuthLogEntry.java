package io.duoctl.client.admin.logs;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.internal.Copies;
import java.util.Map;

/**
 * One authentication log (v2) entry. The fields most reports use are typed; the rest of what Duo
 * sent (adaptive trust assessments, OOD software, newer fields) is in {@code extra}. Any may be
 * null.
 *
 * @param txid the transaction id
 * @param timestamp when it happened, Unix seconds
 * @param isotimestamp the same as ISO-8601
 * @param eventType {@code authentication} or {@code enrollment}
 * @param factor e.g. {@code duo_push}, {@code phone_call}, {@code bypass_code}
 * @param result {@code success}, {@code denied} or {@code fraud}
 * @param reason e.g. {@code user_approved}, {@code locked_out}, {@code no_response}
 * @param alias the alias the user signed in with
 * @param email the user's email
 * @param user the user (key, name, groups)
 * @param application the application (key, name)
 * @param accessDevice the device the login came from
 * @param authDevice the device that answered
 * @param extra every other field Duo sent
 */
public record AuthLogEntry(
    String txid,
    Long timestamp,
    String isotimestamp,
    String eventType,
    String factor,
    String result,
    String reason,
    String alias,
    String email,
    LogParty user,
    LogParty application,
    AccessDevice accessDevice,
    AuthDevice authDevice,
    @JsonAnySetter Map<String, JsonNode> extra) {

  public AuthLogEntry {
    extra = Copies.map(extra);
  }

  /**
   * This entry's place in the log, as a cursor that resumes right after it: the millisecond of
   * {@code isotimestamp} (or of {@code timestamp} without it) and the {@code txid}.
   *
   * @throws IllegalStateException if Duo sent no txid or no time
   */
  public LogCursor position() {
    return LogTimes.position(isotimestamp, timestamp, txid);
  }
}
