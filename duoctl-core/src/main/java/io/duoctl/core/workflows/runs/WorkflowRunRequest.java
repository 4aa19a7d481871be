package io.duoctl.core.workflows.runs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to run a workflow.
 *
 * @param workflow the workflow's name, e.g. {@code offboard-everywhere}
 * @param inputs the inputs by name as JSON values; missing ones take their defaults
 * @param actor who runs it, recorded in the run and every audit entry it writes
 * @param scope what the caller may do; a workflow with a changing step needs {@link ApiScope#RUN}
 * @param dryRun when true nothing is changed: the run records the plan per organization
 * @param confirmed whether the caller agreed to a workflow that may run a destructive action in
 *     more than one organization (a webhook or schedule is confirmed when it is registered)
 * @param configuration the configuration to run in; empty for the default
 * @param trigger what started it
 */
public record WorkflowRunRequest(
    String workflow,
    ObjectNode inputs,
    String actor,
    ApiScope scope,
    boolean dryRun,
    boolean confirmed,
    Optional<String> configuration,
    RunTrigger trigger) {

  public WorkflowRunRequest {
    Objects.requireNonNull(workflow, "workflow");
    inputs = Objects.requireNonNull(inputs, "inputs").deepCopy();
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("actor must name who runs the workflow");
    }
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(trigger, "trigger");
  }
}
