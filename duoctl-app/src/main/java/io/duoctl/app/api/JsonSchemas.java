package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.vocabulary.WireNames;

/**
 * Small builders for the JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of request and response
 * bodies and parameters. Every call returns a new node the caller may change.
 */
public final class JsonSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonSchemas() {}

  public static ObjectNode string() {
    return NODES.objectNode().put("type", "string");
  }

  public static ObjectNode string(String description) {
    return string().put("description", description);
  }

  /** A string that is one of {@code values}. */
  public static ObjectNode oneOf(String description, String... values) {
    ObjectNode node = string(description);
    ArrayNode list = node.putArray("enum");
    for (String v : values) {
      list.add(v);
    }
    return node;
  }

  /** A date-time string (ISO 8601 with offset, e.g. {@code 2026-11-28T21:00:00Z}). */
  public static ObjectNode dateTime(String description) {
    return string(description).put("format", "date-time");
  }

  public static ObjectNode integer(String description) {
    return NODES.objectNode().put("type", "integer").put("description", description);
  }

  /** An integer between {@code min} and {@code max}, inclusive. */
  public static ObjectNode integer(String description, long min, long max) {
    return integer(description).put("minimum", min).put("maximum", max);
  }

  public static ObjectNode number(String description) {
    return NODES.objectNode().put("type", "number").put("description", description);
  }

  public static ObjectNode bool(String description) {
    return NODES.objectNode().put("type", "boolean").put("description", description);
  }

  public static ObjectNode array(ObjectNode items) {
    ObjectNode node = NODES.objectNode().put("type", "array");
    node.set("items", items);
    return node;
  }

  public static ObjectNode array(String description, ObjectNode items) {
    return array(items).put("description", description);
  }

  /** Any JSON object (free-form). */
  public static ObjectNode anyObject(String description) {
    return NODES.objectNode().put("type", "object").put("description", description);
  }

  /** An object whose property names are free and whose values all follow {@code values}. */
  public static ObjectNode mapOf(String description, ObjectNode values) {
    ObjectNode node = anyObject(description);
    node.set("additionalProperties", values);
    return node;
  }

  /** A string that is the wire name of one of {@code type}'s constants ({@link WireNames}). */
  public static <E extends Enum<E>> ObjectNode oneOf(String description, Class<E> type) {
    return oneOf(description, WireNames.all(type).toArray(String[]::new));
  }

  /**
   * One page of a paged list: the items under {@code itemsName}, then {@code total}, {@code
   * offset}, {@code limit} and {@code has_more}.
   */
  public static ObjectNode page(String itemsName, ObjectNode item) {
    return object()
        .required(itemsName, array(item))
        .required("total", integer("How many match in all"))
        .required("offset", integer("Skipped"))
        .required("limit", integer("Page size"))
        .required("has_more", bool("Whether another page follows"))
        .build();
  }

  /** Starts an object schema; {@link ObjectSchema#closed()} forbids other properties. */
  public static ObjectSchema object() {
    return new ObjectSchema();
  }

  /** Builds an object schema property by property. Not thread-safe. */
  public static final class ObjectSchema {
    private final ObjectNode node = NODES.objectNode().put("type", "object");
    private final ObjectNode properties = node.putObject("properties");
    private final ArrayNode required = NODES.arrayNode();

    private ObjectSchema() {}

    public ObjectSchema required(String name, ObjectNode schema) {
      properties.set(name, schema);
      required.add(name);
      return this;
    }

    public ObjectSchema optional(String name, ObjectNode schema) {
      properties.set(name, schema);
      return this;
    }

    public ObjectSchema description(String value) {
      node.put("description", value);
      return this;
    }

    /** The schema, with {@code additionalProperties: false} (request bodies reject unknowns). */
    public ObjectNode closed() {
      node.put("additionalProperties", false);
      return build();
    }

    public ObjectNode build() {
      if (!required.isEmpty()) {
        node.set("required", required);
      }
      return node;
    }
  }
}
