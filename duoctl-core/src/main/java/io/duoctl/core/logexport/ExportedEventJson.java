package io.duoctl.core.logexport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON shape of an exported event, used by every sink that writes JSON: {@code
 * {"organization":{"id":…,"name":…},"log":"authentication","key":…,"timestamp":"2026-12-07T10:00:00.123Z","event":{…}}},
 * with {@code event} as Duo sent it. Thread-safe.
 */
public final class ExportedEventJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportedEventJson() {}

  /** The event as a JSON object. */
  public static ObjectNode of(ExportedEvent event) {
    ObjectNode node = JSON.createObjectNode();
    node.putObject("organization")
        .put("id", event.organizationId())
        .put("name", event.organizationName());
    node.put("log", event.log().wireName());
    node.put("key", event.key());
    node.put("timestamp", event.timestamp().toString());
    node.set("event", event.event());
    return node;
  }

  /** The event as compact JSON text on one line (JSON escapes every line break). */
  public static String line(ExportedEvent event) {
    return write(of(event));
  }

  /** {@link #line} in UTF-8. */
  public static byte[] bytes(ExportedEvent event) {
    return line(event).getBytes(StandardCharsets.UTF_8);
  }

  /** Compact JSON text of any node. */
  public static String write(Object node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an exported event as JSON", e);
    }
  }
}
