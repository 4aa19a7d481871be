package io.duoctl.core.workflows.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.Field;
import io.duoctl.core.actions.InputValidator;
import io.duoctl.core.actions.InvalidActionInputException;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowInput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A workflow's inputs as a run gets them: each read and checked like an action field of its type
 * (the same leniency and messages), {@code one_of} honoured, defaults filled in. Thread-safe.
 */
final class RunInputs {

  static final String REDACTED = "[redacted]";

  private final InputValidator validator;

  RunInputs(Clock clock) {
    this.validator = new InputValidator(clock);
  }

  /**
   * The inputs {@code given} resolve to.
   *
   * @throws InvalidRunInputException naming every unknown, missing or bad input
   */
  ObjectNode resolve(WorkflowDefinition workflow, JsonNode given) {
    ObjectNode values =
        given == null || given.isNull()
            ? JsonNodeFactory.instance.objectNode()
            : object(workflow, given);
    List<FieldError> errors = new ArrayList<>();
    values
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!workflow.inputs().containsKey(name)) {
                errors.add(
                    new FieldError(
                        name,
                        "is not an input of workflow "
                            + workflow.name()
                            + "; its inputs are: "
                            + String.join(", ", workflow.inputs().keySet())));
              }
            });
    ObjectNode checked = values.deepCopy();
    for (WorkflowInput input : workflow.inputs().values()) {
      JsonNode value = checked.get(input.name());
      boolean isDefault = value != null && value.equals(input.defaultValue());
      if (value == null || value.isNull() || isDefault) {
        checked.remove(input.name());
      }
    }
    ObjectNode read = check(workflow, checked, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRunInputException(workflow.name(), errors);
    }
    ObjectNode resolved = JsonNodeFactory.instance.objectNode();
    for (WorkflowInput input : workflow.inputs().values()) {
      JsonNode value = read.get(input.name());
      if (value != null) {
        resolved.set(input.name(), value);
      } else if (input.defaultValue() != null) {
        resolved.set(input.name(), input.defaultValue().deepCopy());
      }
    }
    return resolved;
  }

  /** {@code inputs} with every secret input replaced by {@value #REDACTED}: safe to store. */
  static ObjectNode redacted(WorkflowDefinition workflow, ObjectNode inputs) {
    ObjectNode copy = inputs.deepCopy();
    workflow.inputs().values().stream()
        .filter(WorkflowInput::secret)
        .map(WorkflowInput::name)
        .filter(copy::has)
        .forEach(name -> copy.put(name, REDACTED));
    return copy;
  }

  /** Whether any of {@code inputs} is a secret one. */
  static boolean holdsSecrets(WorkflowDefinition workflow, ObjectNode inputs) {
    return workflow.inputs().values().stream()
        .anyMatch(input -> input.secret() && inputs.has(input.name()));
  }

  private static ObjectNode object(WorkflowDefinition workflow, JsonNode given) {
    if (!given.isObject()) {
      throw new InvalidRunInputException(
          workflow.name(),
          List.of(new FieldError("inputs", "must be a JSON object of inputs by name")));
    }
    return (ObjectNode) given;
  }

  /** The values as read for their types, adding to {@code errors} every missing or bad one. */
  private ObjectNode check(
      WorkflowDefinition workflow, ObjectNode values, List<FieldError> errors) {
    List<FieldError> missing = new ArrayList<>();
    for (WorkflowInput input : workflow.inputs().values()) {
      if (input.required() && !values.has(input.name())) {
        missing.add(
            new FieldError(
                input.name(),
                "is required" + (input.description().isEmpty() ? "" : ": " + input.description())));
      }
    }
    ObjectNode present = values.deepCopy();
    missing.forEach(error -> present.remove(error.field()));
    present.retain(workflow.inputs().keySet());
    errors.addAll(missing);
    try {
      return validator.validate(asAction(workflow), present).json();
    } catch (InvalidActionInputException e) {
      e.errors().stream().filter(error -> !isMissing(error, missing)).forEach(errors::add);
      return present;
    }
  }

  private static boolean isMissing(FieldError error, List<FieldError> missing) {
    return missing.stream().anyMatch(m -> m.field().equals(error.field()));
  }

  /** The inputs as the fields of an action, so they are read and checked like action fields. */
  private static ActionDefinition asAction(WorkflowDefinition workflow) {
    List<Field> fields = new ArrayList<>();
    for (Map.Entry<String, WorkflowInput> e : workflow.inputs().entrySet()) {
      fields.add(field(e.getValue()));
    }
    return ActionDefinition.define("workflow." + workflow.name().replace('-', '_'))
        .title(workflow.name())
        .description("the inputs of workflow " + workflow.name())
        .input(fields.toArray(Field[]::new))
        .output("nothing")
        .reads()
        .handledBy((context, input) -> JsonNodeFactory.instance.nullNode());
  }

  private static Field field(WorkflowInput input) {
    String description = input.description().isEmpty() ? input.name() : input.description();
    Field field =
        switch (input.type()) {
          case STRING -> Field.string(input.name(), description);
          case INTEGER -> Field.integer(input.name(), description);
          case BOOLEAN -> Field.bool(input.name(), description);
          case USER -> Field.user(input.name());
          case PHONE_NUMBER -> Field.phoneNumber(input.name(), description);
          case EMAIL -> Field.email(input.name(), description);
          case TIME -> Field.time(input.name(), description);
          case STRING_LIST -> Field.stringList(input.name(), description);
        };
    if (!input.oneOf().isEmpty()) {
      field.oneOf(input.oneOf().stream().map(JsonNode::asText).toArray(String[]::new));
    }
    if (input.secret()) {
      field.secret();
    }
    return field;
  }
}
