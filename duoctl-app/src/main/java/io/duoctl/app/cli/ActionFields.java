package io.duoctl.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input fields of an action as the command line gives them: from a command's own options
 * (absent options are skipped), then {@code --set key=value}. A field given both ways is a usage
 * error; {@code --set} beats only fields read from an {@code --input} document.
 */
final class ActionFields {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode fields = JSON.createObjectNode();
  private final Set<String> fromOptions = new HashSet<>();

  /** Puts a field given by an option or parameter; null means not given. */
  ActionFields put(String name, Object value) {
    if (value == null) {
      return this;
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return this;
      }
      ArrayNode array = fields.putArray(name);
      list.forEach(item -> array.add(String.valueOf(item)));
    } else {
      fields.set(name, JSON.valueToTree(value));
    }
    fromOptions.add(name);
    return this;
  }

  /** Puts every field of a JSON document; {@code --set} may override them. */
  ActionFields putAll(ObjectNode document) {
    fields.setAll(document);
    return this;
  }

  /** Adds the {@code --set key=value} fields. */
  ActionFields set(Map<String, String> sets) {
    sets.forEach(
        (rawKey, text) -> {
          String key = rawKey.strip();
          if (fromOptions.contains(key)) {
            throw new UsageException(
                key + " is given twice: by its option and by --set " + key + "=; give it once");
          }
          fields.set(key, value(key, text));
        });
    return this;
  }

  ObjectNode json() {
    return fields;
  }

  private static JsonNode value(String key, String text) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) {
      return JSON.getNodeFactory().textNode(text);
    }
    try {
      return JSON.readTree(trimmed);
    } catch (JsonProcessingException e) {
      throw new UsageException(
          "--set "
              + key
              + ": a value starting with "
              + trimmed.charAt(0)
              + " must be JSON, e.g. [\"a\",\"b\"]; quote it otherwise");
    }
  }
}
