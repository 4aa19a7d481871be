package io.duoctl.core.workflows.schedules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.InputType;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowInput;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A schedule's inputs against its workflow's declared inputs, checked when the schedule is saved so
 * that none is stored that would fail at every run: no unknown input, no secret (never stored),
 * every required one given, each of its type and among its {@code one_of}. Text is read as the type
 * wants ({@code "5"}, {@code "true"}, {@code "a,b"}), as the command line gives it. Formats that
 * depend on the moment (a time such as {@code -7d}) are left to the run.
 */
final class ScheduleInputs {
  static final String FIELD = "inputs";
  static final int MAX_CHARS = 20_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScheduleInputs() {}

  /** The inputs, read as their types want; every problem goes to {@code errors}. */
  static ObjectNode check(WorkflowDefinition workflow, ObjectNode given, List<FieldError> errors) {
    ObjectNode inputs = NODES.objectNode();
    Map<String, WorkflowInput> declared = workflow.inputs();
    for (Map.Entry<String, JsonNode> entry : given.properties()) {
      String name = entry.getKey();
      String field = FIELD + "." + name;
      WorkflowInput input = declared.get(name);
      if (input == null) {
        errors.add(
            new FieldError(
                field,
                "workflow "
                    + workflow.name()
                    + " has no input "
                    + name
                    + (declared.isEmpty()
                        ? "; it takes none"
                        : "; its inputs: " + String.join(", ", declared.keySet()))));
      } else if (input.secret()) {
        errors.add(
            new FieldError(
                field,
                "is a secret input of workflow "
                    + workflow.name()
                    + ": secrets are never stored, so a schedule cannot hold one"));
      } else if (!entry.getValue().isNull()) {
        read(input, entry.getValue())
            .ifPresentOrElse(
                value -> {
                  if (!input.oneOf().isEmpty() && !input.oneOf().contains(value)) {
                    errors.add(new FieldError(field, "must be one of " + listed(input.oneOf())));
                  } else {
                    inputs.set(name, value);
                  }
                },
                () ->
                    errors.add(
                        new FieldError(field, "must be " + describe(input.type()) + hint(input))));
      }
    }
    for (WorkflowInput input : declared.values()) {
      if (input.required() && !given.hasNonNull(input.name())) {
        if (input.secret()) {
          errors.add(
              new FieldError(
                  "workflow",
                  workflow.name()
                      + " needs the secret input "
                      + input.name()
                      + ", which a schedule cannot hold (secrets are never stored); schedule a"
                      + " workflow without secret inputs"));
        } else {
          errors.add(
              new FieldError(
                  FIELD + "." + input.name(),
                  "is required by workflow "
                      + workflow.name()
                      + (input.description().isEmpty() ? "" : ": " + input.description())));
        }
      }
    }
    if (inputs.toString().length() > MAX_CHARS) {
      errors.add(new FieldError(FIELD, "are longer than " + MAX_CHARS + " characters as JSON"));
    }
    return inputs;
  }

  private static Optional<JsonNode> read(WorkflowInput input, JsonNode value) {
    return switch (input.type()) {
      case INTEGER -> integer(value);
      case BOOLEAN -> bool(value);
      case STRING_LIST -> list(value);
      default -> value.isTextual() ? Optional.of(value) : Optional.empty();
    };
  }

  private static Optional<JsonNode> integer(JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return Optional.of(NODES.numberNode(value.longValue()));
    }
    if (value.isTextual()) {
      try {
        return Optional.of(NODES.numberNode(Long.parseLong(value.asText().strip())));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> bool(JsonNode value) {
    if (value.isBoolean()) {
      return Optional.of(value);
    }
    return switch (value.isTextual() ? value.asText().strip().toLowerCase(Locale.ROOT) : "") {
      case "true" -> Optional.of(NODES.booleanNode(true));
      case "false" -> Optional.of(NODES.booleanNode(false));
      default -> Optional.empty();
    };
  }

  private static Optional<JsonNode> list(JsonNode value) {
    ArrayNode items = NODES.arrayNode();
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (!item.isTextual()) {
          return Optional.empty();
        }
        items.add(item);
      }
      return Optional.of(items);
    }
    if (!value.isTextual()) {
      return Optional.empty();
    }
    for (String part : value.asText().split(",")) {
      if (!part.isBlank()) {
        items.add(part.strip());
      }
    }
    return Optional.of(items);
  }

  private static String describe(InputType type) {
    return switch (type) {
      case INTEGER -> "a whole number, e.g. 5";
      case BOOLEAN -> "true or false";
      case STRING_LIST -> "a list of strings, or one comma-separated string";
      default -> "text (a " + WireNames.of(type) + ")";
    };
  }

  private static String hint(WorkflowInput input) {
    return input.description().isEmpty() ? "" : " (" + input.description() + ")";
  }

  private static String listed(List<JsonNode> values) {
    return String.join(", ", values.stream().map(JsonNode::toString).toList());
  }
}
