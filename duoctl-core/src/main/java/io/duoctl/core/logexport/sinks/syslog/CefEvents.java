package io.duoctl.core.logexport.sinks.syslog;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.logexport.ExportedEvent;

/**
 * Maps each log's main fields to CEF keys. Every record carries {@code rt} (event time, epoch
 * milliseconds), {@code externalId} (the event key), {@code cat} (the log), {@code cs1} (the
 * organization's name) and {@code cs2} (its id). The signature is {@code LOG:WHAT} (the result, the
 * action, the telephony type); the device version is the Duo log API version.
 */
final class CefEvents {
  private CefEvents() {}

  static String of(ExportedEvent exported) {
    JsonNode e = exported.event();
    Cef cef =
        switch (exported.log()) {
          case AUTHENTICATION -> authentication(exported, e);
          case ADMINISTRATOR -> administrator(exported, e);
          case TELEPHONY -> telephony(exported, e);
          case ACTIVITY -> activity(exported, e);
        };
    return cef.put("rt", Long.toString(exported.timestamp().toEpochMilli()))
        .put("externalId", exported.key())
        .put("cat", exported.log().wireName())
        .custom(1, "organization", exported.organizationName())
        .custom(2, "organizationId", exported.organizationId())
        .text();
  }

  private static Cef authentication(ExportedEvent exported, JsonNode e) {
    String result = text(e, "/result");
    return start(exported, "v2", result, "Authentication " + orUnknown(result))
        .put("suser", text(e, "/user/name"))
        .put("src", text(e, "/access_device/ip"))
        .put("shost", text(e, "/access_device/hostname"))
        .put("outcome", result)
        .put("reason", text(e, "/reason"))
        .custom(3, "application", text(e, "/application/name"))
        .custom(4, "factor", text(e, "/factor"));
  }

  private static Cef administrator(ExportedEvent exported, JsonNode e) {
    String action = text(e, "/action");
    return start(exported, "v1", action, "Administrator action " + orUnknown(action))
        .put("suser", text(e, "/username"))
        .put("act", action)
        .put("msg", text(e, "/description"))
        .custom(3, "object", text(e, "/object"));
  }

  private static Cef telephony(ExportedEvent exported, JsonNode e) {
    String type = text(e, "/type");
    return start(exported, "v2", type, "Telephony " + orUnknown(type))
        .put("act", type)
        .put("cnt", text(e, "/credits"))
        .custom(3, "context", text(e, "/context"))
        .custom(4, "phone", text(e, "/phone"));
  }

  private static Cef activity(ExportedEvent exported, JsonNode e) {
    String action = text(e, "/action/name");
    String result = text(e, "/outcome/result");
    return start(exported, "v2", action, "Activity " + orUnknown(action))
        .put("act", action)
        .put("suser", text(e, "/actor/name"))
        .put("duser", text(e, "/target/name"))
        .put("src", text(e, "/access_device/ip"))
        .put("outcome", result)
        .custom(3, "application", text(e, "/application/name"));
  }

  private static Cef start(ExportedEvent exported, String version, String what, String name) {
    return new Cef(
        version,
        exported.log().wireName() + ":" + orUnknown(what),
        name,
        EventSeverity.of(exported).cef());
  }

  private static String text(JsonNode event, String pointer) {
    JsonNode node = event.at(pointer);
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  private static String orUnknown(String value) {
    return value == null || value.isEmpty() ? "unknown" : value;
  }
}
