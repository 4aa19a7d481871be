package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Replaces secret values before anything is stored, logged or shown as a plan. */
final class Redaction {

  static final String REDACTED = "[redacted]";

  /** Duo request parameters that carry secrets. */
  static final Set<String> SECRET_PARAMETERS =
      Set.of(
          "codes",
          "secret",
          "aes_key",
          "private_id",
          "passcode",
          "password",
          "activation_code",
          "trusted_device_token",
          "skey",
          "secret_key");

  private Redaction() {}

  /** A copy of {@code node} with every field named in {@code names}, at any depth, redacted. */
  static JsonNode fields(JsonNode node, Collection<String> names) {
    if (node == null || names.isEmpty()) {
      return node;
    }
    JsonNode copy = node.deepCopy();
    redactInPlace(copy, names);
    return copy;
  }

  private static void redactInPlace(JsonNode node, Collection<String> names) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        if (names.contains(e.getKey()) && !e.getValue().isNull()) {
          e.setValue(object.textNode(REDACTED));
        } else {
          redactInPlace(e.getValue(), names);
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(item -> redactInPlace(item, names));
    }
  }

  /** The path with the directory key (the segment after {@code directorysync/}) redacted. */
  static String path(String path) {
    return path.replaceAll("(/directorysync/)[^/]+", "$1" + REDACTED);
  }
}
