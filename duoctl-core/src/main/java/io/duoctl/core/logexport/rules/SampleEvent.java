package io.duoctl.core.logexport.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.vocabulary.WireNames;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The event a rule is tested with: an exported event as the JSON sinks write ({@code organization},
 * {@code log}, {@code key}, {@code timestamp}, {@code event}), or a bare Duo log entry, which is
 * taken as from organization {@code test} in the log named.
 */
public final class SampleEvent {
  private SampleEvent() {}

  /**
   * The event {@code json} holds.
   *
   * @param log the log of a bare entry
   * @throws InvalidLogRuleException naming {@code event} when it is not a JSON object
   */
  public static ExportedEvent of(JsonNode json, LogKind log) {
    if (json == null || !json.isObject()) {
      throw new InvalidLogRuleException(
          List.of(new FieldError("event", "must be a JSON object: a Duo log entry")));
    }
    if (json.path("event").isObject() && json.path("log").isTextual()) {
      JsonNode org = json.path("organization");
      return new ExportedEvent(
          org.path("id").asText("test"),
          org.path("name").asText("test"),
          WireNames.parse(LogKind.class, json.path("log").asText(), "log"),
          json.path("key").asText("test"),
          time(json.path("timestamp")),
          json.path("event"));
    }
    String key = json.path("txid").asText(json.path("id").asText("test"));
    return new ExportedEvent(
        "test", "test", log, key.isBlank() ? "test" : key, time(json.path("timestamp")), json);
  }

  private static Instant time(JsonNode node) {
    if (node.isNumber()) {
      return Instant.ofEpochSecond(node.asLong());
    }
    try {
      return node.isTextual() ? Instant.parse(node.asText()) : Instant.EPOCH;
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }
}
