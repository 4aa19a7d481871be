package io.duoctl.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.errors.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a request body against its route's JSON Schema for shape only: each value has the JSON
 * type the schema states (no number for a string, no string for a boolean), whole numbers fit, and
 * objects the schema closes hold no other fields. Every problem is collected, so one answer names
 * every bad field. Values themselves (ranges, formats, choices) are core's to check. A JSON null
 * for a field means the field is left out; inside a list or a map it is a wrong type.
 */
final class BodyShape {

  /** The problems found; {@code unknownField} when one of them is a field the route lacks. */
  record Problems(List<FieldError> fields, boolean unknownField) {
    boolean isEmpty() {
      return fields.isEmpty();
    }
  }

  private final List<FieldError> errors = new ArrayList<>();
  private boolean unknown;

  private BodyShape() {}

  /** The shape problems of {@code body} under {@code schema}, in body order. */
  static Problems check(JsonNode body, ObjectNode schema) {
    BodyShape shape = new BodyShape();
    if (!body.isObject()) {
      shape.errors.add(new FieldError("body", "must be a JSON object"));
    } else {
      shape.value("", body, schema);
    }
    return new Problems(List.copyOf(shape.errors), shape.unknown);
  }

  private void value(String path, JsonNode value, JsonNode schema) {
    String type = schema.path("type").asText("");
    switch (type) {
      case "string" -> expect(path, value.isTextual(), "must be a string");
      case "boolean" -> expect(path, value.isBoolean(), "must be true or false");
      case "number" -> expect(path, value.isNumber(), "must be a number");
      case "integer" -> integer(path, value, schema);
      case "array" -> array(path, value, schema);
      case "object" -> object(path, value, schema);
      default -> {
        // no type stated: anything goes
      }
    }
  }

  private void integer(String path, JsonNode value, JsonNode schema) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return;
    }
    long min = schema.path("minimum").asLong(Integer.MIN_VALUE);
    long max = schema.path("maximum").asLong(Integer.MAX_VALUE);
    errors.add(new FieldError(path, "must be a whole number from " + min + " to " + max));
  }

  private void array(String path, JsonNode value, JsonNode schema) {
    if (!value.isArray()) {
      errors.add(new FieldError(path, "must be a JSON array"));
      return;
    }
    JsonNode items = schema.path("items");
    for (int i = 0; i < value.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode item = value.get(i);
      if (item.isNull()) {
        errors.add(new FieldError(at, "must not be null"));
      } else if (items.isObject()) {
        value(at, item, items);
      }
    }
  }

  private void object(String path, JsonNode value, JsonNode schema) {
    if (!value.isObject()) {
      errors.add(new FieldError(path.isEmpty() ? "body" : path, "must be a JSON object"));
      return;
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.path("additionalProperties");
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String name = field.getKey();
      String at = path.isEmpty() ? name : path + "." + name;
      JsonNode property = properties.get(name);
      if (property != null) {
        if (!field.getValue().isNull()) {
          value(at, field.getValue(), property);
        }
      } else if (additional.isBoolean() && !additional.booleanValue()) {
        unknown = true;
        TreeSet<String> allowed = new TreeSet<>();
        properties.fieldNames().forEachRemaining(allowed::add);
        errors.add(
            new FieldError(at, "is not a known field; allowed: " + String.join(", ", allowed)));
      } else if (additional.isObject()) {
        if (field.getValue().isNull()) {
          errors.add(new FieldError(at, "must not be null"));
        } else {
          value(at, field.getValue(), additional);
        }
      }
    }
  }

  private void expect(String path, boolean ok, String message) {
    if (!ok) {
      errors.add(new FieldError(path.isEmpty() ? "body" : path, message));
    }
  }
}
