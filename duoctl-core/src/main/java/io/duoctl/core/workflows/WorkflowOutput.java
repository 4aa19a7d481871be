package io.duoctl.core.workflows;

import java.util.Objects;

/**
 * One output of a workflow.
 *
 * @param description for people; may be empty
 * @param shownOnce a secret shown to the caller once and never stored; required when the value
 *     comes from a secret input or a secret action output
 */
public record WorkflowOutput(
    String name, WorkflowValue.Expression value, String description, boolean shownOnce) {
  public WorkflowOutput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(description, "description");
  }
}
