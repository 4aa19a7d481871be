package io.duoctl.core.workflows.schedules;

import io.duoctl.core.workflows.WorkflowDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The workflows a schedule may run, by name: what a schedule's inputs are checked against. */
public interface WorkflowLookup {

  /** The definition named {@code name}, or empty when there is none. */
  Optional<WorkflowDefinition> find(String name);

  /** Every workflow's name, for the message when one is unknown. */
  List<String> names();

  /**
   * The workflows {@code definitions} gives by name, read once, at the first lookup (the built-in
   * ones never change while a process runs).
   */
  static WorkflowLookup once(Supplier<Map<String, WorkflowDefinition>> definitions) {
    return of(
        new Supplier<>() {
          private Map<String, WorkflowDefinition> read;

          @Override
          public synchronized Map<String, WorkflowDefinition> get() {
            if (read == null) {
              read = Collections.unmodifiableMap(new LinkedHashMap<>(definitions.get()));
            }
            return read;
          }
        });
  }

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
