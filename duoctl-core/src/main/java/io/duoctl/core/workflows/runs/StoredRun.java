package io.duoctl.core.workflows.runs;

import io.duoctl.core.access.ApiScope;
import java.util.Map;
import java.util.Objects;

/**
 * A run with what it needs to go on, on any node: the definitions it started with and the caller's
 * scope and confirmation.
 *
 * @param definitions the YAML of the workflow and of every workflow it calls, by name
 * @param secretInputs whether it was given secret inputs, which are not stored: such a run cannot
 *     go on on another node
 */
record StoredRun(
    WorkflowRun run,
    Map<String, String> definitions,
    ApiScope scope,
    boolean confirmed,
    boolean secretInputs) {
  StoredRun {
    Objects.requireNonNull(run, "run");
    definitions = Map.copyOf(definitions);
    Objects.requireNonNull(scope, "scope");
  }
}
