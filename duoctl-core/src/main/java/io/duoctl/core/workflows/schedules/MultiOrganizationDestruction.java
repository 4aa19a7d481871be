package io.duoctl.core.workflows.schedules;

import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.workflows.ForEach;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowStep;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The destructive actions a workflow may run in more than one organization: those of steps that
 * repeat over organizations, and every destructive action of a workflow such a step calls (and of
 * the workflows that one calls). A schedule of a workflow with any needs the operator's
 * confirmation when it is saved, since its runs start unattended.
 */
final class MultiOrganizationDestruction {
  private final ActionCatalog catalog;
  private final WorkflowLookup workflows;

  MultiOrganizationDestruction(ActionCatalog catalog, WorkflowLookup workflows) {
    this.catalog = catalog;
    this.workflows = workflows;
  }

  /** The action ids, in the order met. */
  Set<String> of(WorkflowDefinition workflow) {
    Set<String> found = new LinkedHashSet<>();
    collect(workflow, false, found, new HashSet<>());
    return found;
  }

  private void collect(
      WorkflowDefinition workflow,
      boolean acrossOrganizations,
      Set<String> found,
      Set<String> seen) {
    if (!seen.add(workflow.name() + "/" + acrossOrganizations)) {
      return;
    }
    for (WorkflowStep step :
        Stream.concat(workflow.steps().stream(), workflow.compensations().stream()).toList()) {
      boolean across =
          acrossOrganizations
              || step.repeat().map(r -> r.over() == ForEach.Over.ORGANIZATIONS).orElse(false);
      switch (step.call()) {
        case WorkflowStep.Action action -> {
          if (across
              && catalog.find(action.target()).map(ActionDefinition::destructive).orElse(false)) {
            found.add(action.target());
          }
        }
        case WorkflowStep.Workflow called ->
            workflows.find(called.target()).ifPresent(w -> collect(w, across, found, seen));
      }
    }
  }
}
