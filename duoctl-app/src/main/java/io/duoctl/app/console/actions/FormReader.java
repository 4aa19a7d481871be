package io.duoctl.app.console.actions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.actions.ActionJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Submitted form text → an action's (or a workflow's) JSON input. Numbers and booleans are typed
 * from the schema; text the runner can judge better (a non-number in a number field) is passed on
 * as text so that its validator names the problem. Only a malformed object field is an error here.
 */
final class FormReader {

  private FormReader() {}

  static FormState read(InputForm form, Map<String, List<String>> params) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    ObjectNode input = ActionJson.object();
    for (FormField field : form.fields()) {
      List<String> given = params.getOrDefault(field.param(), List.of());
      String text = given.isEmpty() || given.get(0) == null ? "" : given.get(0).strip();
      if (field.type() == InputType.CHECKBOX) {
        boolean on = given.stream().anyMatch(v -> v.equals("true") || v.equals("on"));
        values.put(field.name(), String.valueOf(on));
        input.put(field.name(), on);
        continue;
      }
      if (!field.secret()) {
        values.put(field.name(), text);
      }
      if (text.isEmpty()) {
        continue;
      }
      String problem = put(input, field, text);
      if (problem != null) {
        errors.put(field.name(), problem);
      }
    }
    return new FormState(values, input, errors);
  }

  /** Puts the typed value; returns a problem when the text cannot be read at all. */
  private static String put(ObjectNode input, FormField field, String text) {
    String name = field.name();
    switch (field.kind()) {
      case INTEGER -> {
        try {
          input.put(name, Long.parseLong(text));
        } catch (NumberFormatException e) {
          input.put(name, text);
        }
      }
      case BOOLEAN -> {
        if (text.equals("true") || text.equals("false")) {
          input.put(name, Boolean.parseBoolean(text));
        } else {
          input.put(name, text);
        }
      }
      case STRING_LIST -> input.set(name, list(text));
      case STRING_MAP -> {
        JsonNode map = map(text);
        if (map == null) {
          return "must be name=value lines or a JSON object like {\"name\": \"value\"}";
        }
        input.set(name, map);
      }
      default -> input.put(name, text);
    }
    return null;
  }

  private static ArrayNode list(String text) {
    ArrayNode items = ActionJson.mapper().createArrayNode();
    for (String item : text.split("[\\r\\n,]+")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  private static JsonNode map(String text) {
    if (text.startsWith("{")) {
      try {
        JsonNode parsed = ActionJson.mapper().readTree(text);
        return parsed.isObject() ? parsed : null;
      } catch (JsonProcessingException e) {
        return null;
      }
    }
    ObjectNode map = ActionJson.object();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 1) {
        return null;
      }
      map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
    }
    return map;
  }
}
