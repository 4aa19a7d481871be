package io.duoctl.core.logexport.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cel.runtime.CelRuntime;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.rules.LogRuleCel.Yields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A rule's CEL compiled: its condition, group key and workflow inputs. Immutable, thread-safe. */
final class CompiledRule {
  private final CelRuntime.Program condition;
  private final Optional<CelRuntime.Program> groupBy;
  private final Map<String, CelRuntime.Program> inputs;

  private CompiledRule(
      CelRuntime.Program condition,
      Optional<CelRuntime.Program> groupBy,
      Map<String, CelRuntime.Program> inputs) {
    this.condition = condition;
    this.groupBy = groupBy;
    this.inputs = inputs;
  }

  /** Whether a rule's expression failed on one event: the field and CEL's message. */
  record Failure(String field, String message) {}

  /**
   * Compiles every expression of a rule; adds each problem, named by the rule's field, to {@code
   * errors}.
   *
   * @return the compiled rule, or empty when any expression has a problem
   */
  static Optional<CompiledRule> compile(
      String condition,
      Optional<Aggregation> aggregation,
      RuleAction action,
      List<FieldError> errors) {
    int before = errors.size();
    Optional<CelRuntime.Program> when =
        LogRuleCel.compile("condition", condition, Yields.BOOL, errors);
    Optional<CelRuntime.Program> group =
        aggregation.flatMap(
            a -> LogRuleCel.compile("aggregate.group_by", a.groupBy(), Yields.ANY, errors));
    Map<String, CelRuntime.Program> inputs = new LinkedHashMap<>();
    if (action instanceof RuleAction.Workflow workflow) {
      workflow
          .inputs()
          .forEach(
              (name, source) ->
                  LogRuleCel.compile("action.workflow.inputs." + name, source, Yields.ANY, errors)
                      .ifPresent(program -> inputs.put(name, program)));
    }
    if (errors.size() > before || when.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CompiledRule(when.get(), group, inputs));
  }

  /** Compiles a stored rule, which was checked when it was saved. */
  static CompiledRule of(LogRule rule) {
    List<FieldError> errors = new ArrayList<>();
    return compile(rule.condition(), rule.aggregation(), rule.action(), errors)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "stored log rule " + rule.name() + " does not compile: " + errors));
  }

  /**
   * Whether {@code event} matches; a condition that fails on it (a missing field: guard with {@code
   * has(event.x)}) is a failure, not a match.
   */
  Match matches(ExportedEvent event) {
    Map<String, Object> variables = LogRuleCel.variables(event);
    JsonNode result;
    try {
      result = LogRuleCel.eval(condition, variables);
    } catch (IllegalArgumentException e) {
      return new Match(false, Optional.of(new Failure("condition", e.getMessage())));
    }
    if (!result.isBoolean()) {
      return new Match(
          false,
          Optional.of(
              new Failure(
                  "condition", "yielded " + result + " for this event, not true or false")));
    }
    return new Match(result.booleanValue(), Optional.empty());
  }

  /** Whether the condition held, and why not when it failed. */
  record Match(boolean matched, Optional<Failure> failure) {}

  /**
   * The group key of {@code event}: text as is, anything else as JSON.
   *
   * @throws IllegalArgumentException when the expression fails on it
   */
  Optional<String> groupKey(ExportedEvent event) {
    return groupBy.map(
        program -> {
          JsonNode key = LogRuleCel.eval(program, LogRuleCel.variables(event));
          return key.isTextual() ? key.textValue() : key.toString();
        });
  }

  /**
   * The workflow inputs for {@code event}; inputs that yield null are left out.
   *
   * @throws IllegalArgumentException naming the input when one fails on it
   */
  ObjectNode inputs(ExportedEvent event) {
    Map<String, Object> variables = LogRuleCel.variables(event);
    ObjectNode values = JsonNodeFactory.instance.objectNode();
    inputs.forEach(
        (name, program) -> {
          JsonNode value;
          try {
            value = LogRuleCel.eval(program, variables);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "action.workflow.inputs." + name + ": " + e.getMessage(), e);
          }
          if (!value.isNull()) {
            values.set(name, value);
          }
        });
    return values;
  }
}
