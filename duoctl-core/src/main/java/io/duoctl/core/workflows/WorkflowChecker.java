package io.duoctl.core.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.FieldRule;
import io.duoctl.core.actions.InputValidator;
import io.duoctl.core.actions.InvalidActionInputException;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.vocabulary.Suggestions;
import io.duoctl.core.vocabulary.WireNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a definition that passed the schema, against the action catalog and the other
 * workflows: actions and workflows exist, inputs fit them, step ids are unique and read only
 * earlier steps, every CEL expression compiles with the right type, secrets flow only into secret
 * fields and shown-once outputs, and no workflow calls itself. Collects every error.
 */
final class WorkflowChecker {
  private static final String SECRETS_RULE =
      "a secret may flow only into a secret field of an action, a secret input of a workflow or"
          + " an output marked shown_once: true";

  private final ActionCatalog catalog;
  private final InputValidator literals;
  private final WorkflowDocument document;
  private final WorkflowDefinition definition;
  private final Map<String, WorkflowDefinition> workflows;
  private final List<FieldError> errors = new ArrayList<>();
  private final Map<String, CelType> inputTypes = new LinkedHashMap<>();
  private final SecretReads secrets;

  private WorkflowChecker(
      ActionCatalog catalog,
      InputValidator literals,
      WorkflowDocument document,
      WorkflowDefinition definition,
      Map<String, WorkflowDefinition> workflows) {
    this.catalog = catalog;
    this.literals = literals;
    this.document = document;
    this.definition = definition;
    this.workflows = workflows;
    this.secrets = new SecretReads(catalog, definition, workflows);
    definition
        .inputs()
        .forEach((name, input) -> inputTypes.put(name, WorkflowCel.typeOf(input.type())));
  }

  /**
   * Every error of {@code definition}, in document order.
   *
   * @param workflows the workflows by name, this one among them
   */
  static List<FieldError> check(
      ActionCatalog catalog,
      InputValidator literals,
      WorkflowDocument document,
      WorkflowDefinition definition,
      Map<String, WorkflowDefinition> workflows) {
    WorkflowChecker checker =
        new WorkflowChecker(catalog, literals, document, definition, workflows);
    checker.inputs();
    checker.steps();
    checker.outputs();
    checker.errors.addAll(WorkflowCycles.of(document, definition, workflows));
    return document.inDocumentOrder(checker.errors);
  }

  private void error(String pointer, String message) {
    errors.add(document.error(pointer, message));
  }

  private void inputs() {
    for (WorkflowInput input : definition.inputs().values()) {
      String at = "/inputs/" + input.name();
      JsonNode value = input.defaultValue();
      if (value != null && input.secret()) {
        error(
            at + "/default",
            "a secret input may not have a default: secrets are never written in a definition");
      } else if (value != null && input.required()) {
        error(at + "/default", "a required input has no use for a default: drop one of them");
      } else if (value != null && !fits(input.type(), value)) {
        error(at + "/default", "must be a " + WireNames.of(input.type()) + " like the input");
      }
      for (int i = 0; i < input.oneOf().size(); i++) {
        if (!fits(input.type(), input.oneOf().get(i))) {
          error(at + "/one_of/" + i, "must be a " + WireNames.of(input.type()) + " like the input");
        }
      }
      if (value != null && !input.oneOf().isEmpty() && !input.oneOf().contains(value)) {
        error(at + "/default", "must be one of the one_of values");
      }
    }
  }

  private static boolean fits(InputType type, JsonNode value) {
    return switch (type) {
      case INTEGER -> value.isIntegralNumber();
      case BOOLEAN -> value.isBoolean();
      case STRING_LIST -> value.isArray() && value.valueStream().allMatch(JsonNode::isTextual);
      default -> value.isTextual();
    };
  }

  private void steps() {
    Set<String> ids = new HashSet<>();
    List<String> earlier = new ArrayList<>();
    for (WorkflowStep step : definition.steps()) {
      unique(ids, step);
      step(step, earlier);
      earlier.add(step.id());
    }
    List<String> all = List.copyOf(earlier);
    Set<String> compensationIds = new LinkedHashSet<>();
    for (WorkflowStep step : definition.compensations()) {
      unique(ids, step);
      compensationIds.add(step.id());
      step(step, all);
    }
    for (WorkflowStep step : definition.steps()) {
      if (step.onError() instanceof ErrorPolicy.Compensate compensate
          && !compensationIds.contains(compensate.stepId())) {
        String target = compensate.stepId();
        error(
            step.pointer() + "/on_error/compensate",
            "names no step under compensations"
                + (compensationIds.isEmpty()
                    ? "; add the step to run under compensations:"
                    : Suggestions.didYouMean(target, compensationIds)
                        + " (compensations: "
                        + String.join(", ", compensationIds)
                        + ")"));
      }
    }
    for (WorkflowStep step : definition.compensations()) {
      if (step.onError() instanceof ErrorPolicy.Compensate) {
        error(
            step.pointer() + "/on_error",
            "a compensation step may not compensate again: use stop, continue or retry");
      }
    }
  }

  private void unique(Set<String> ids, WorkflowStep step) {
    if (!ids.add(step.id())) {
      error(
          step.pointer() + "/id",
          "\"" + step.id() + "\" is the id of an earlier step; give each step its own id");
    }
  }

  private void step(WorkflowStep step, List<String> earlier) {
    WorkflowCel.Scope outer = new WorkflowCel.Scope(inputTypes, earlier, null, false);
    CelType item = null;
    boolean organization = false;
    if (step.forEach() != null) {
      item = forEach(step, outer);
      organization = step.forEach().over() == ForEach.Over.ORGANIZATIONS;
    }
    WorkflowCel.Scope inner = new WorkflowCel.Scope(inputTypes, earlier, item, organization);
    if (step.condition() != null) {
      expression(inner, step.condition(), step.pointer() + "/if", SimpleType.BOOL, Sink.NONE);
    }
    switch (step.call()) {
      case WorkflowStep.Action action -> action(step, action.target(), inner);
      case WorkflowStep.Workflow workflow -> workflow(step, workflow.target(), inner);
      case WorkflowStep.Wait wait -> pause(step, wait, inner);
      case WorkflowStep.Http http -> request(step, http, inner);
    }
  }

  /**
   * An HTTP step: a path starting with {@code /} (or an expression giving a string), a body ({@code
   * with}) of literals and expressions that read no secret, and no organization.
   */
  private void request(WorkflowStep step, WorkflowStep.Http http, WorkflowCel.Scope scope) {
    String at = step.pointer() + "/http/path";
    if (http.path() instanceof WorkflowValue.Literal literal) {
      if (!literal.value().asText().startsWith("/")) {
        error(at, "must start with / (it is below the connection's base URL)");
      }
    } else {
      expression(scope, http.path(), at, SimpleType.STRING, Sink.NONE);
    }
    step.with()
        .forEach((name, value) -> expression(scope, value, withAt(step, name), null, Sink.NONE));
    if (step.organization() != null) {
      error(step.pointer() + "/organization", "an http step runs in no organization");
    }
  }

  /** A wait: a duration from a second to {@link #MAX_WAIT}, and nothing an action step takes. */
  private void pause(WorkflowStep step, WorkflowStep.Wait wait, WorkflowCel.Scope scope) {
    String at = step.pointer() + "/wait";
    if (wait.duration() instanceof WorkflowValue.Literal literal) {
      Optional<java.time.Duration> duration =
          literal.value().isTextual()
              ? io.duoctl.core.vocabulary.Durations.find(literal.value().textValue())
              : Optional.empty();
      if (duration.isEmpty()) {
        error(at, "must be " + io.duoctl.core.vocabulary.Durations.EXPECTED + ", or ${{ ... }}");
      } else if (duration.get().compareTo(MAX_WAIT) > 0 || duration.get().isZero()) {
        error(at, "must be from 1s to " + MAX_WAIT.toDays() + "d");
      }
    } else {
      expression(scope, wait.duration(), at, SimpleType.STRING, Sink.NONE);
    }
    if (step.organization() != null) {
      error(step.pointer() + "/organization", "a wait step runs in no organization");
    }
    if (!step.with().isEmpty()) {
      error(step.pointer() + "/with", "a wait step takes no inputs");
    }
    if (step.forEach() != null) {
      error(step.pointer() + "/for_each", "a wait step does not repeat");
    }
  }

  private CelType forEach(WorkflowStep step, WorkflowCel.Scope scope) {
    ForEach each = step.forEach();
    String at = step.pointer() + "/for_each/" + WireNames.of(each.over());
    if (!(each.values() instanceof WorkflowValue.Expression expression)) {
      return SimpleType.STRING;
    }
    Optional<CelType> type =
        expression(scope, expression, at, ListType.create(SimpleType.DYN), Sink.NONE);
    if (each.over() != ForEach.Over.ITEMS) {
      return SimpleType.STRING;
    }
    return type.filter(t -> t instanceof ListType)
        .map(t -> ((ListType) t).elemType())
        .orElse(SimpleType.DYN);
  }

  private void action(WorkflowStep step, String id, WorkflowCel.Scope scope) {
    Optional<ActionDefinition> found = catalog.find(id);
    if (found.isEmpty()) {
      List<String> ids = catalog.list().stream().map(ActionDefinition::id).toList();
      error(
          step.pointer() + "/action",
          "no action "
              + id
              + " in the catalog"
              + Suggestions.didYouMean(id, ids)
              + " (`duoctl actions list` shows them)");
      step.with()
          .forEach((name, value) -> expression(scope, value, withAt(step, name), null, Sink.NONE));
      return;
    }
    ActionDefinition action = found.get();
    organization(step, action, scope);
    ObjectNode given = JsonNodeFactory.instance.objectNode();
    Set<String> computed = new HashSet<>();
    step.with()
        .forEach(
            (name, value) -> {
              if (value instanceof WorkflowValue.Literal literal) {
                given.set(name, literal.value());
                if (literal.value().isTextual()
                    && WorkflowValue.Expression.isEmbedded(literal.value().textValue())) {
                  error(withAt(step, name), embeddedMessage());
                }
              } else {
                computed.add(name);
              }
            });
    try {
      literals.validate(action, given);
    } catch (InvalidActionInputException e) {
      for (FieldError problem : e.errors()) {
        String field = problem.field();
        if (computed.contains(field)) {
          continue;
        }
        String message = problem.message();
        if (message.startsWith("is required")) {
          message = "is required by " + action.id() + message.substring("is required".length());
        }
        error(withAt(step, field), message);
      }
    }
    Map<String, FieldRule> fields = action.input().fields();
    for (String name : computed) {
      FieldRule rule = fields.get(name);
      if (rule == null) {
        error(
            withAt(step, name),
            "is not a field of "
                + action.id()
                + Suggestions.didYouMean(name, fields.keySet())
                + "; its fields are: "
                + String.join(", ", fields.keySet()));
        continue;
      }
      expression(
          scope,
          step.with().get(name),
          withAt(step, name),
          WorkflowCel.typeOf(rule.kind()),
          rule.secret() ? Sink.SECRET : Sink.NONE);
    }
  }

  private void organization(WorkflowStep step, ActionDefinition action, WorkflowCel.Scope scope) {
    boolean perOrganization =
        step.forEach() != null && step.forEach().over() == ForEach.Over.ORGANIZATIONS;
    if (action.parentLevel()) {
      if (step.organization() != null || perOrganization) {
        error(
            step.pointer() + (perOrganization ? "/for_each" : "/organization"),
            action.id()
                + " runs once on the MSP's parent account: drop "
                + (perOrganization ? "for_each: organizations" : "organization"));
      }
      return;
    }
    if (step.organization() == null && !perOrganization) {
      error(
          step.pointer() + "/organization",
          "is required: "
              + action.id()
              + " runs in one organization; give organization: NAME, organization: ${{ inputs.organization }} or for_each: {organizations: all}");
    } else if (step.organization() != null && perOrganization) {
      error(
          step.pointer() + "/organization",
          "drop it: for_each organizations gives the step its organization");
    } else if (step.organization() != null) {
      expression(
          scope,
          step.organization(),
          step.pointer() + "/organization",
          SimpleType.STRING,
          Sink.NONE);
    }
  }

  private void workflow(WorkflowStep step, String name, WorkflowCel.Scope scope) {
    if (step.organization() != null) {
      error(
          step.pointer() + "/organization",
          "a workflow step has no organization: give it as one of the workflow's inputs under with:");
    }
    Optional<WorkflowDefinition> found = find(name);
    if (found.isEmpty()) {
      error(
          step.pointer() + "/workflow",
          "no workflow named " + name + Suggestions.didYouMean(name, knownNames()));
      step.with()
          .forEach(
              (field, value) -> expression(scope, value, withAt(step, field), null, Sink.NONE));
      return;
    }
    Map<String, WorkflowInput> inputs = found.get().inputs();
    step.with()
        .forEach(
            (field, value) -> {
              WorkflowInput input = inputs.get(field);
              if (input == null) {
                error(
                    withAt(step, field),
                    "is not an input of workflow "
                        + name
                        + Suggestions.didYouMean(field, inputs.keySet())
                        + (inputs.isEmpty()
                            ? "; it has none"
                            : "; its inputs are: " + String.join(", ", inputs.keySet())));
              } else if (value instanceof WorkflowValue.Literal literal) {
                if (!fits(input.type(), literal.value())) {
                  error(
                      withAt(step, field),
                      "must be a "
                          + WireNames.of(input.type())
                          + " (the input's type in "
                          + name
                          + ")");
                } else if (!input.oneOf().isEmpty() && !input.oneOf().contains(literal.value())) {
                  error(withAt(step, field), "must be one of the input's one_of values in " + name);
                }
              } else {
                expression(
                    scope,
                    value,
                    withAt(step, field),
                    WorkflowCel.typeOf(input.type()),
                    input.secret() ? Sink.SECRET : Sink.NONE);
              }
            });
    for (WorkflowInput input : inputs.values()) {
      if (input.required() && !step.with().containsKey(input.name())) {
        error(
            withAt(step, input.name()),
            "is required by workflow " + name + ": " + input.description());
      }
    }
  }

  private Set<String> knownNames() {
    return workflows.keySet();
  }

  private Optional<WorkflowDefinition> find(String name) {
    return Optional.ofNullable(workflows.get(name));
  }

  private static String withAt(WorkflowStep step, String field) {
    return step.pointer() + "/with/" + field;
  }

  private static String embeddedMessage() {
    return "holds ${{ inside other text: an expression is a whole value; write ${{ 'text ' +"
        + " inputs.name }} to join text";
  }

  private void outputs() {
    WorkflowCel.Scope scope =
        new WorkflowCel.Scope(
            inputTypes, definition.steps().stream().map(WorkflowStep::id).toList(), null, false);
    for (WorkflowOutput output : definition.outputs().values()) {
      expression(
          scope,
          output.value(),
          "/outputs/" + output.name() + "/value",
          null,
          output.shownOnce() ? Sink.SHOWN_ONCE : Sink.NONE);
    }
  }

  /** The longest a wait step may wait. */
  static final java.time.Duration MAX_WAIT = java.time.Duration.ofDays(30);

  /** Where a value may go, as far as secrets are concerned. */
  private enum Sink {
    NONE,
    SECRET,
    SHOWN_ONCE
  }

  /**
   * Compiles {@code value} when it is an expression, checks its type against {@code expected}
   * (null: any) and that it reads no secret unless {@code sink} takes secrets; the type, when
   * known.
   */
  private Optional<CelType> expression(
      WorkflowCel.Scope scope, WorkflowValue value, String at, CelType expected, Sink sink) {
    if (!(value instanceof WorkflowValue.Expression expression)) {
      if (value instanceof WorkflowValue.Literal literal
          && literal.value().isTextual()
          && WorkflowValue.Expression.isEmbedded(literal.value().textValue())) {
        error(at, embeddedMessage());
      }
      return Optional.empty();
    }
    WorkflowCel.Compiled compiled = WorkflowCel.compile(scope, expression.source());
    if (compiled.ast().isEmpty()) {
      compiled.problems().forEach(p -> error(at, "CEL: " + p));
      return Optional.empty();
    }
    CelAbstractSyntaxTree ast = compiled.ast().get();
    CelType type = ast.getResultType();
    if (expected != null && !assignable(expected, type)) {
      error(
          at,
          "CEL: the expression is " + type.name() + "; " + describe(expected) + " is needed here");
    }
    if (sink == Sink.NONE) {
      Set<String> read = secrets.readBy(ast.getExpr());
      if (!read.isEmpty()) {
        error(
            at,
            "reads the secret "
                + String.join(", ", read)
                + ": "
                + SECRETS_RULE
                + (at.startsWith("/outputs/") ? " (add shown_once: true to this output)" : ""));
      }
    }
    return Optional.of(type);
  }

  private static boolean assignable(CelType expected, CelType actual) {
    if (actual.kind() == CelKind.DYN
        || actual.kind() == CelKind.ERROR
        || expected.kind() == CelKind.DYN) {
      return true;
    }
    if (expected instanceof ListType list && actual instanceof ListType given) {
      return assignable(list.elemType(), given.elemType());
    }
    if (expected.kind() == CelKind.MAP && actual.kind() == CelKind.MAP) {
      return true;
    }
    return expected.equals(actual) || expected.isAssignableFrom(actual);
  }

  private static String describe(CelType type) {
    return type instanceof ListType list
        ? "a list of " + list.elemType().name()
        : "a " + type.name();
  }
}
