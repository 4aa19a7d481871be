package io.duoctl.core.workflows.runs;

import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionScopes;
import io.duoctl.core.workflows.ForEach;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowStep;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rules a run must pass before it is stored, for every front end: the caller's scope allows
 * every action the workflow may run, and a workflow that may run a destructive action in more than
 * one organization is confirmed (a dry run needs no confirmation).
 */
public final class RunRules {

  private RunRules() {}

  /**
   * The destructive actions {@code workflow} may run in more than one organization: those of steps
   * repeated over organizations and of the workflows such steps call, in the order met. A run of
   * such a workflow, or a schedule of it, needs the caller's confirmation.
   *
   * @param workflows finds a called workflow by name (null when there is none)
   */
  public static Set<String> destructiveAcrossOrganizations(
      ActionCatalog catalog,
      Function<String, WorkflowDefinition> workflows,
      WorkflowDefinition workflow) {
    List<Reach> reached = new ArrayList<>();
    walk(workflows, workflow, false, reached, new ArrayList<>(), new LinkedHashSet<>());
    Set<String> destructive = new LinkedHashSet<>();
    for (Reach reach : reached) {
      if (reach.acrossOrganizations()
          && catalog.find(reach.actionId()).map(ActionDefinition::destructive).orElse(false)) {
        destructive.add(reach.actionId());
      }
    }
    return destructive;
  }

  /**
   * @throws io.duoctl.core.actions.ActionNotAllowedException for the first action the scope does
   *     not allow
   * @throws ConfirmationNeededException when a needed confirmation is missing
   */
  static void check(
      ActionCatalog catalog, Map<String, WorkflowDefinition> library, WorkflowRunRequest request) {
    List<Reach> reached = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    walk(
        library::get,
        library.get(request.workflow()),
        false,
        reached,
        requests,
        new LinkedHashSet<>());
    for (Reach reach : reached) {
      ActionScopes.check(catalog.require(reach.actionId()), request.scope());
    }
    for (String change : requests) {
      ActionScopes.checkChange(change, request.scope());
    }
    if (request.dryRun() || request.confirmed()) {
      return;
    }
    Set<String> destructive =
        destructiveAcrossOrganizations(catalog, library::get, library.get(request.workflow()));
    if (!destructive.isEmpty()) {
      throw new ConfirmationNeededException(request.workflow(), List.copyOf(destructive));
    }
  }

  /** An action a workflow may run, and whether a step repeated over organizations leads to it. */
  private record Reach(String actionId, boolean acrossOrganizations) {}

  private static void walk(
      Function<String, WorkflowDefinition> library,
      WorkflowDefinition workflow,
      boolean acrossOrganizations,
      List<Reach> reached,
      List<String> requests,
      Set<String> path) {
    if (workflow == null || !path.add(workflow.name())) {
      return;
    }
    Stream.concat(workflow.steps().stream(), workflow.compensations().stream())
        .forEach(
            step -> {
              boolean across =
                  acrossOrganizations
                      || (step.forEach() != null
                          && step.forEach().over() == ForEach.Over.ORGANIZATIONS);
              switch (step.call()) {
                case WorkflowStep.Action action -> reached.add(new Reach(action.target(), across));
                case WorkflowStep.Workflow called ->
                    walk(library, library.apply(called.target()), across, reached, requests, path);
                case WorkflowStep.Wait wait -> {}
                case WorkflowStep.Http http -> {
                  if (http.changes()) {
                    requests.add(
                        "step "
                            + step.id()
                            + " of "
                            + workflow.name()
                            + " sends "
                            + http.method()
                            + " to connection "
                            + http.connection()
                            + " and");
                  }
                }
              }
            });
    path.remove(workflow.name());
  }
}
