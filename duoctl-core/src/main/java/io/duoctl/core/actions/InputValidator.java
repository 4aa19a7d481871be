package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.duoctl.core.errors.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns what a caller sent into an action's {@link ActionInput}: fields read leniently ({@link
 * FieldKind}), defaults applied, then the JSON Schema checked. Every bad field is reported at once,
 * each with the fix. Thread-safe; compiled schemas are cached per action.
 */
public final class InputValidator {

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
  private final Clock clock;

  public InputValidator(Clock clock) {
    this.clock = clock;
  }

  /**
   * The validated input of {@code action}.
   *
   * @param input a JSON object, or null/missing for no fields
   * @throws InvalidActionInputException listing every bad field
   */
  public ActionInput validate(ActionDefinition action, JsonNode input) {
    List<FieldError> errors = new ArrayList<>();
    ObjectNode values;
    if (input == null || input.isNull() || input.isMissingNode()) {
      values = JsonNodeFactory.instance.objectNode();
    } else if (input.isObject()) {
      values = input.deepCopy();
    } else {
      throw new InvalidActionInputException(
          action.id(),
          List.of(
              new FieldError(
                  "input", "must be a JSON object of fields, e.g. {\"user\": \"jdoe\"}")));
    }
    InputCoercion.apply(values, action.input().fields(), clock.instant(), errors);
    Set<String> reported = errors.stream().map(FieldError::field).collect(Collectors.toSet());
    Schema schema =
        compiled.computeIfAbsent(
            action.id(), id -> registry.getSchema(action.input().schemaNode()));
    Set<String> seen = new HashSet<>();
    for (Error error : schema.validate(values)) {
      FieldError field = describe(action, error);
      if (!reported.contains(field.field()) && seen.add(field.field() + field.message())) {
        errors.add(field);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidActionInputException(action.id(), errors);
    }
    return new ActionInput(values, action.input().fields());
  }

  private static FieldError describe(ActionDefinition action, Error error) {
    String location = error.getInstanceLocation().toString();
    String field =
        location.startsWith("$.")
            ? location.substring(2)
            : location.startsWith("/") ? location.substring(1).replace('/', '.') : location;
    JsonNode schema = error.getSchemaNode();
    return switch (error.getKeyword()) {
      case "required" ->
          new FieldError(
              error.getProperty(),
              "is required: "
                  + action
                      .input()
                      .schemaNode()
                      .path("properties")
                      .path(error.getProperty())
                      .path("description")
                      .asText());
      case "additionalProperties" ->
          new FieldError(
              error.getProperty(),
              "is not a field of "
                  + action.id()
                  + "; its fields are: "
                  + String.join(", ", action.input().fields().keySet()));
      case "enum" ->
          new FieldError(
              field,
              "must be one of: "
                  + StreamSupport.stream(schema.spliterator(), false)
                      .map(JsonNode::asText)
                      .collect(Collectors.joining(", ")));
      case "minimum" -> new FieldError(field, "must be at least " + schema.asText());
      case "maximum" -> new FieldError(field, "must be at most " + schema.asText());
      case "minLength" -> new FieldError(field, "must not be empty");
      case "maxLength" ->
          new FieldError(field, "must be at most " + schema.asText() + " characters");
      case "minItems" -> new FieldError(field, "must hold at least " + schema.asText() + " items");
      case "maxItems" -> new FieldError(field, "must hold at most " + schema.asText() + " items");
      case "type" -> new FieldError(field, "must be of type " + schema.asText());
      case "format" -> new FieldError(field, "must be a valid " + schema.asText());
      default -> new FieldError(field, error.getMessage());
    };
  }
}
