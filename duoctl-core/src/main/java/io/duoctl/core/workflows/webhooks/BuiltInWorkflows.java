package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.Workflows;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in workflows, parsed on first use: a command that never registers a webhook does not
 * pay for reading them. Thread-safe.
 */
final class BuiltInWorkflows implements WorkflowLookup {
  private final Workflows workflows;
  private volatile Map<String, WorkflowDefinition> byName;

  BuiltInWorkflows(Workflows workflows) {
    this.workflows = Objects.requireNonNull(workflows, "workflows");
  }

  @Override
  public Optional<WorkflowDefinition> find(String name) {
    return Optional.ofNullable(all().get(name));
  }

  @Override
  public List<String> names() {
    return List.copyOf(all().keySet());
  }

  private Map<String, WorkflowDefinition> all() {
    Map<String, WorkflowDefinition> read = byName;
    if (read == null) {
      read = workflows.builtIns();
      byName = read;
    }
    return read;
  }
}
