package io.duoctl.core.workflows.runs;

import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.jobs.OrganizationDirectory;
import java.util.Objects;

/**
 * Where the runs of one configuration call Duo: its action runner, and its organizations for steps
 * repeated over organizations.
 */
public record RunEnvironment(ActionRunner runner, OrganizationDirectory directory) {
  public RunEnvironment {
    Objects.requireNonNull(runner, "runner");
    Objects.requireNonNull(directory, "directory");
  }
}
