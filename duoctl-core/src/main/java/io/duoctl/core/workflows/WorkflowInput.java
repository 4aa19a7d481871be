package io.duoctl.core.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.Field;
import java.util.List;
import java.util.Objects;

/**
 * One input of a workflow, described like an action's input field.
 *
 * @param defaultValue the value when the caller gives none, or null
 * @param description for people and forms; may be empty
 * @param oneOf the only values allowed, or empty for any
 * @param secret never stored, logged or shown; may flow only into secret action fields and
 *     shown-once outputs
 */
public record WorkflowInput(
    String name,
    InputType type,
    boolean required,
    JsonNode defaultValue,
    String description,
    List<JsonNode> oneOf,
    boolean secret) {
  public WorkflowInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    oneOf = List.copyOf(oneOf);
  }

  /**
   * This input described as an action's input field: its kind, description, whether required, its
   * default, {@code one_of} and secret; what a form generated from a workflow's inputs asks for.
   */
  public Field field() {
    Field field =
        switch (type) {
          case STRING, USER -> Field.string(name, description);
          case INTEGER -> Field.integer(name, description);
          case BOOLEAN -> Field.bool(name, description);
          case PHONE_NUMBER -> Field.phoneNumber(name, description);
          case EMAIL -> Field.email(name, description);
          case TIME -> Field.time(name, description);
          case STRING_LIST -> Field.stringList(name, description);
        };
    if (required) {
      field.required();
    }
    if (defaultValue != null && !defaultValue.isNull()) {
      field.defaultsTo(defaultValue);
    }
    if (!oneOf.isEmpty()) {
      field.oneOf(oneOf.stream().map(JsonNode::asText).toArray(String[]::new));
    }
    if (secret) {
      field.secret();
    }
    return field;
  }
}
