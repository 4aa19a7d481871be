package io.duoctl.core.workflows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workflows a schedule or a webhook may start, by name: what their workflow and inputs are
 * checked against.
 */
public interface WorkflowLookup {

  /** The definition named {@code name}, or empty when there is none. */
  Optional<WorkflowDefinition> find(String name);

  /** Every workflow's name, for the message when one is unknown. */
  List<String> names();

  /** The workflows {@code definitions} gives by name, asked again at every lookup. */
  static WorkflowLookup of(Supplier<Map<String, WorkflowDefinition>> definitions) {
    return new WorkflowLookup() {
      @Override
      public Optional<WorkflowDefinition> find(String name) {
        return Optional.ofNullable(definitions.get().get(name));
      }

      @Override
      public List<String> names() {
        return List.copyOf(definitions.get().keySet());
      }
    };
  }
}
