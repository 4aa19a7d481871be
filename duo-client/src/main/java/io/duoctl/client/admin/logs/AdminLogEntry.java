package io.duoctl.client.admin.logs;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.internal.Copies;
import java.util.Map;

/**
 * One administrator log entry: who changed what.
 *
 * @param timestamp when it happened, Unix seconds
 * @param isotimestamp the same as ISO-8601, or null
 * @param username the administrator's name, {@code API (<integration>)}, {@code System} or a
 *     directory sync, or null
 * @param action e.g. {@code user_update}, {@code admin_login}, or null
 * @param object the object acted on, or null
 * @param description details as Duo sends them: a JSON document inside a string, or null
 * @param extra every other field Duo sent
 */
public record AdminLogEntry(
    long timestamp,
    String isotimestamp,
    String username,
    String action,
    String object,
    String description,
    @JsonAnySetter Map<String, JsonNode> extra) {

  public AdminLogEntry {
    extra = Copies.map(extra);
  }

  /**
   * A key for dropping repeats: the entry has no id of its own, so this joins every field Duo
   * sends. Two genuinely distinct entries share it only when the same actor did the same thing to
   * the same object with the same details in the same second.
   */
  public String key() {
    return String.join(
        "\u001f",
        Long.toString(timestamp),
        String.valueOf(username),
        String.valueOf(action),
        String.valueOf(object),
        String.valueOf(description));
  }
}
