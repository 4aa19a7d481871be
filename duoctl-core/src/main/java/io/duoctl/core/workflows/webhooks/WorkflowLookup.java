package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.Workflows;
import java.util.List;
import java.util.Optional;

/** The workflows a webhook may start, built-in and saved. Implementations are thread-safe. */
public interface WorkflowLookup {

  /** The workflow named {@code name}, if there is one. */
  Optional<WorkflowDefinition> find(String name);

  /** Every workflow's name, for messages. */
  List<String> names();

  /** The built-in workflows of {@code workflows}, read once, when first asked for. */
  static WorkflowLookup builtIn(Workflows workflows) {
    return new BuiltInWorkflows(workflows);
  }

  /** Every workflow of {@code workflows}, built-in and saved, asked again at every lookup. */
  static WorkflowLookup of(Workflows workflows) {
    return new WorkflowLookup() {
      @Override
      public Optional<WorkflowDefinition> find(String name) {
        return Optional.ofNullable(workflows.all().get(name));
      }

      @Override
      public List<String> names() {
        return List.copyOf(workflows.all().keySet());
      }
    };
  }
}
