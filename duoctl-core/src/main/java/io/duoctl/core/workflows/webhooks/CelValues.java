package io.duoctl.core.workflows.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.primitives.UnsignedLong;
import dev.cel.common.values.NullValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON to the values a CEL expression reads, and back: objects are maps, arrays lists, whole
 * numbers {@code int} (a whole number past its range a {@code double}), other numbers {@code
 * double}, {@code null} CEL's null. Shared by every CEL expression over JSON (webhook mappings, log
 * rules). Thread-safe.
 */
public final class CelValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CelValues() {}

  /** {@code json} as CEL reads it. */
  public static Object of(JsonNode json) {
    return switch (json.getNodeType()) {
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        json.properties().forEach(e -> map.put(e.getKey(), of(e.getValue())));
        yield map;
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>(json.size());
        json.forEach(item -> list.add(of(item)));
        yield list;
      }
      case STRING -> json.textValue();
      case BOOLEAN -> json.booleanValue();
      case NUMBER ->
          json.isIntegralNumber() && json.canConvertToLong()
              ? (Object) json.longValue()
              : (Object) json.doubleValue();
      default -> NullValue.NULL_VALUE;
    };
  }

  /**
   * {@code value}, which a CEL expression yielded, as JSON.
   *
   * @throws IllegalArgumentException naming the type when it has no JSON form (bytes, a timestamp,
   *     a map with keys that are not strings)
   */
  public static JsonNode toJson(Object value) {
    if (value == null || value instanceof NullValue) {
      return NODES.nullNode();
    }
    if (value instanceof String text) {
      return NODES.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Long || value instanceof Integer) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return NODES.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof UnsignedLong unsigned) {
      return NODES.numberNode(new BigInteger(unsigned.toString()));
    }
    if (value instanceof Map<?, ?> map) {
      return object(map);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode(list.size());
      list.forEach(item -> array.add(toJson(item)));
      return array;
    }
    throw new IllegalArgumentException(
        "a " + value.getClass().getSimpleName() + " has no JSON form; yield text instead");
  }

  /** {@code map} as a JSON object; its keys must be strings. */
  static ObjectNode object(Map<?, ?> map) {
    ObjectNode object = NODES.objectNode();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException(
            "the key " + entry.getKey() + " is not a string; name inputs with strings");
      }
      object.set(key, toJson(entry.getValue()));
    }
    return object;
  }
}
