package io.duoctl.core.workflows;

import com.fasterxml.jackson.databind.JsonNode;
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
}
