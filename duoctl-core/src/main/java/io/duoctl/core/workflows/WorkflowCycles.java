package io.duoctl.core.workflows;

import io.duoctl.core.errors.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Workflows that call themselves, directly or through others. */
final class WorkflowCycles {

  private WorkflowCycles() {}

  /**
   * An error, at its place in {@code document}, for each step of {@code definition} that leads back
   * to it through {@code workflows}.
   */
  static List<FieldError> of(
      WorkflowDocument document,
      WorkflowDefinition definition,
      Map<String, WorkflowDefinition> workflows) {
    List<FieldError> errors = new ArrayList<>();
    for (WorkflowStep step : definition.steps()) {
      if (step.call() instanceof WorkflowStep.Workflow called) {
        List<String> path = new ArrayList<>(List.of(definition.name()));
        if (reaches(workflows, called.target(), definition.name(), path, new HashSet<>())) {
          errors.add(
              document.error(
                  step.pointer() + "/workflow",
                  "calls itself: "
                      + String.join(" -> ", path)
                      + "; a workflow may not call itself through others"));
        }
      }
    }
    return errors;
  }

  private static boolean reaches(
      Map<String, WorkflowDefinition> workflows,
      String from,
      String wanted,
      List<String> path,
      Set<String> seen) {
    path.add(from);
    if (from.equals(wanted)) {
      return true;
    }
    if (seen.add(from)) {
      Optional<WorkflowDefinition> next = Optional.ofNullable(workflows.get(from));
      if (next.isPresent()) {
        for (WorkflowStep step : next.get().steps()) {
          if (step.call() instanceof WorkflowStep.Workflow called
              && reaches(workflows, called.target(), wanted, path, seen)) {
            return true;
          }
        }
      }
    }
    path.removeLast();
    return false;
  }
}
