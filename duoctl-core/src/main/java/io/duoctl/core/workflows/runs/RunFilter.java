package io.duoctl.core.workflows.runs;

import java.util.Objects;
import java.util.Optional;

/**
 * Which runs to list.
 *
 * @param workflow only runs of this workflow
 * @param organizationId only runs with a step in this organization (its id)
 */
public record RunFilter(Optional<String> workflow, Optional<String> organizationId) {

  /** Every run. */
  public static final RunFilter ALL = new RunFilter(Optional.empty(), Optional.empty());

  public RunFilter {
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(organizationId, "organizationId");
  }
}
