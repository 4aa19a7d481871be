package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One input field of an action, described fluently and frozen into JSON Schema by {@link
 * InputSchema#of}: {@code Field.integer("count", "How many codes").min(1).max(10).defaultsTo(1)}.
 * Configure it before handing it to a schema; not thread-safe.
 */
public final class Field {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String name;
  private final FieldKind kind;
  private final ObjectNode json = NODES.objectNode();
  private boolean required;
  private boolean secret;
  private JsonNode defaultValue;

  private Field(String name, FieldKind kind, String description) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case STRING -> json.put("type", "string");
      case INTEGER -> json.put("type", "integer");
      case BOOLEAN -> json.put("type", "boolean");
      case PHONE_NUMBER -> json.put("type", "string").put("pattern", "^\\+[1-9][0-9]{6,14}$");
      case EMAIL -> json.put("type", "string").put("format", "email");
      case TIME -> json.put("type", "string").put("format", "date-time");
      case STRING_LIST ->
          json.put("type", "array").set("items", NODES.objectNode().put("type", "string"));
      case STRING_MAP ->
          json.put("type", "object")
              .set("additionalProperties", NODES.objectNode().put("type", "string"));
    }
    json.put("description", Objects.requireNonNull(description, "description"));
  }

  public static Field string(String name, String description) {
    return new Field(name, FieldKind.STRING, description);
  }

  public static Field integer(String name, String description) {
    return new Field(name, FieldKind.INTEGER, description);
  }

  public static Field bool(String name, String description) {
    return new Field(name, FieldKind.BOOLEAN, description);
  }

  /** A phone number; E.164 with a leading {@code +} is required (no country is assumed). */
  public static Field phoneNumber(String name, String description) {
    return new Field(name, FieldKind.PHONE_NUMBER, description);
  }

  /** An email address ({@link EmailAddresses}). */
  public static Field email(String name, String description) {
    return new Field(name, FieldKind.EMAIL, description);
  }

  /**
   * An instant given as ISO-8601 or as an age before now ({@code 30m}, {@code 24h}, {@code 7d}).
   */
  public static Field time(String name, String description) {
    return new Field(name, FieldKind.TIME, description);
  }

  public static Field stringList(String name, String description) {
    return new Field(name, FieldKind.STRING_LIST, description);
  }

  public static Field stringMap(String name, String description) {
    return new Field(name, FieldKind.STRING_MAP, description);
  }

  /** A user by user_id ({@code DU…}), username, alias or email. */
  public static Field user(String name) {
    return string(name, "The user: user_id (DU…), username, alias or email address").minLength(1);
  }

  public Field required() {
    this.required = true;
    return this;
  }

  /**
   * Marks the value as a secret ({@code writeOnly} in the schema): redacted in audit, job rows and
   * dry-run output.
   */
  public Field secret() {
    this.secret = true;
    json.put("writeOnly", true);
    return this;
  }

  public Field oneOf(String... values) {
    ArrayNode list = json.putArray("enum");
    List.of(values).forEach(list::add);
    return this;
  }

  public Field min(long value) {
    json.put(kind == FieldKind.STRING_LIST ? "minItems" : "minimum", value);
    return this;
  }

  public Field max(long value) {
    json.put(kind == FieldKind.STRING_LIST ? "maxItems" : "maximum", value);
    return this;
  }

  public Field minLength(int value) {
    json.put("minLength", value);
    return this;
  }

  public Field maxLength(int value) {
    json.put("maxLength", value);
    return this;
  }

  public Field format(String format) {
    json.put("format", format);
    return this;
  }

  public Field pattern(String regex) {
    json.put("pattern", regex);
    return this;
  }

  /** The value used when the field is absent; also stated in the schema. */
  public Field defaultsTo(Object value) {
    this.defaultValue = toNode(Objects.requireNonNull(value, "default"));
    json.set("default", defaultValue);
    return this;
  }

  private static JsonNode toNode(Object value) {
    if (value instanceof JsonNode node) {
      return node.deepCopy();
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    return NODES.textNode(String.valueOf(value));
  }

  /** The field's name in the input object. */
  public String name() {
    return name;
  }

  FieldRule rule() {
    return new FieldRule(name, kind, required, secret, defaultValue);
  }

  ObjectNode json() {
    return json.deepCopy();
  }
}
