package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An action's input: a JSON Schema (draft 2020-12) object with {@code additionalProperties: false},
 * and the reading rules of each field. Immutable.
 */
public final class InputSchema {

  /** The dialect every action schema declares. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final ObjectNode json;
  private final Map<String, FieldRule> rules;

  private InputSchema(ObjectNode json, Map<String, FieldRule> rules) {
    this.json = json;
    this.rules = rules;
  }

  /**
   * A schema of these fields.
   *
   * @throws IllegalArgumentException if two fields share a name
   */
  public static InputSchema of(Field... fields) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("$schema", DIALECT).put("type", "object");
    ObjectNode properties = json.putObject("properties");
    Set<String> required = new TreeSet<>();
    Map<String, FieldRule> rules = new LinkedHashMap<>();
    for (Field field : fields) {
      if (rules.put(field.name(), field.rule()) != null) {
        throw new IllegalArgumentException("field " + field.name() + " is declared twice");
      }
      properties.set(field.name(), field.json());
      if (field.rule().required()) {
        required.add(field.name());
      }
    }
    if (!required.isEmpty()) {
      required.forEach(json.putArray("required")::add);
    }
    json.put("additionalProperties", false);
    return new InputSchema(json, Collections.unmodifiableMap(rules));
  }

  /** The JSON Schema, as a copy. */
  public JsonNode json() {
    return json.deepCopy();
  }

  /** The field rules by name, in declaration order. */
  public Map<String, FieldRule> fields() {
    return rules;
  }

  ObjectNode schemaNode() {
    return json;
  }
}
