package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.Workflows;
import java.util.List;
import java.util.Optional;

/**
 * The workflows a webhook may start: the built-in ones today, saved ones when duoctl keeps them.
 * Implementations are thread-safe.
 */
public interface WorkflowLookup {

  /** The workflow named {@code name}, if there is one. */
  Optional<WorkflowDefinition> find(String name);

  /** Every workflow's name, for messages. */
  List<String> names();

  /** The built-in workflows of {@code workflows}, read once, when first asked for. */
  static WorkflowLookup builtIn(Workflows workflows) {
    return new BuiltInWorkflows(workflows);
  }
}
