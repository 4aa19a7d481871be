package io.duoctl.core.logexport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Exported events shaped like Duo's log entries, for sink tests. */
public final class SampleEvents {
  public static final Instant AT = Instant.parse("2026-12-07T10:15:30.250Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleEvents() {}

  /** An authentication log v2 entry of {@code user} with {@code result}. */
  public static ExportedEvent authentication(String txid, String user, String result) {
    return new ExportedEvent(
        "org-1",
        "Harbor Dental",
        LogKind.AUTHENTICATION,
        txid,
        AT,
        json(
            """
            {"txid":"%s","timestamp":1796638530,"isotimestamp":"2026-12-07T10:15:30.250+00:00",
             "result":"%s","reason":"user_approved","factor":"duo_push","event_type":"authentication",
             "user":{"name":"%s","key":"DU1"},"application":{"name":"VPN","key":"DI1"},
             "access_device":{"ip":"203.0.113.7","hostname":"laptop-7"}}
            """
                .formatted(txid, result, user)));
  }

  /** An administrator log entry. */
  public static ExportedEvent administrator(String key, String admin, String description) {
    com.fasterxml.jackson.databind.node.ObjectNode entry = JSON.createObjectNode();
    entry.put("timestamp", 1796638530).put("username", admin).put("action", "user_create");
    entry
        .put("object", "jdoe")
        .put("description", description)
        .put("host", "api-x.duosecurity.com");
    return new ExportedEvent(
        "org-2", "Globex | East", LogKind.ADMINISTRATOR, key, AT.plusSeconds(1), entry);
  }

  /** {@code count} authentication events with keys {@code prefix-0…}. */
  public static List<ExportedEvent> batch(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> authentication(prefix + "-" + i, "user" + i, "success"))
        .toList();
  }

  public static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
