package io.duoctl.core.workflows;

import dev.cel.common.ast.CelExpr;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionDefinition;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which secrets a CEL expression of a workflow reads: its secret inputs, and the outputs of its
 * steps that return secrets (an action that hands out secrets, a workflow with a shown-once
 * output).
 */
final class SecretReads {
  private final ActionCatalog catalog;
  private final WorkflowDefinition definition;
  private final Map<String, WorkflowDefinition> workflows;

  SecretReads(
      ActionCatalog catalog,
      WorkflowDefinition definition,
      Map<String, WorkflowDefinition> workflows) {
    this.catalog = catalog;
    this.definition = definition;
    this.workflows = workflows;
  }

  /** The secret inputs and the outputs of secret-returning steps {@code expr} reads. */
  Set<String> readBy(CelExpr expr) {
    Set<String> found = new LinkedHashSet<>();
    walk(expr, null, found);
    return found;
  }

  private void walk(CelExpr expr, CelExpr parent, Set<String> found) {
    switch (expr.getKind()) {
      case IDENT -> {
        String name = expr.ident().name();
        boolean selected = parent != null && parent.getKind() == CelExpr.ExprKind.Kind.SELECT;
        if (!selected && name.equals("inputs")) {
          definition.inputs().values().stream()
              .filter(WorkflowInput::secret)
              .forEach(i -> found.add("inputs." + i.name()));
        } else if (!selected && name.equals("steps")) {
          definition.steps().stream()
              .filter(this::returnsSecrets)
              .forEach(s -> found.add("steps." + s.id() + ".output"));
        }
      }
      case SELECT -> {
        CelExpr operand = expr.select().operand();
        String field = expr.select().field();
        if (operand.getKind() == CelExpr.ExprKind.Kind.IDENT) {
          String root = operand.ident().name();
          if (root.equals("inputs")) {
            WorkflowInput input = definition.inputs().get(field);
            if (input != null && input.secret()) {
              found.add("inputs." + field);
            }
            return;
          }
          if (root.equals("steps")) {
            definition
                .step(field)
                .filter(this::returnsSecrets)
                .ifPresent(s -> found.add("steps." + field + ".output"));
            return;
          }
        }
        walk(operand, expr, found);
      }
      case CALL -> {
        expr.call().target().ifPresent(t -> walk(t, expr, found));
        expr.call().args().forEach(a -> walk(a, expr, found));
      }
      case LIST -> expr.list().elements().forEach(e -> walk(e, expr, found));
      case MAP ->
          expr.map()
              .entries()
              .forEach(
                  e -> {
                    walk(e.key(), expr, found);
                    walk(e.value(), expr, found);
                  });
      case STRUCT -> expr.struct().entries().forEach(e -> walk(e.value(), expr, found));
      case COMPREHENSION -> {
        var c = expr.comprehension();
        walk(c.iterRange(), expr, found);
        walk(c.accuInit(), expr, found);
        walk(c.loopCondition(), expr, found);
        walk(c.loopStep(), expr, found);
        walk(c.result(), expr, found);
      }
      default -> {
        // constants read nothing
      }
    }
  }

  private boolean returnsSecrets(WorkflowStep step) {
    return switch (step.call()) {
      case WorkflowStep.Action action ->
          catalog.find(action.target()).map(ActionDefinition::returnsSecrets).orElse(false);
      case WorkflowStep.Workflow workflow ->
          !workflow.target().equals(definition.name())
              && Optional.ofNullable(workflows.get(workflow.target()))
                  .map(w -> w.outputs().values().stream().anyMatch(WorkflowOutput::shownOnce))
                  .orElse(false);
      case WorkflowStep.Wait wait -> false;
      case WorkflowStep.Http http -> false;
    };
  }
}
