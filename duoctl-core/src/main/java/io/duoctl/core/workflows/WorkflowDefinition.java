package io.duoctl.core.workflows;

import io.duoctl.core.actions.Field;
import io.duoctl.core.actions.InputSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A parsed workflow definition. Immutable; whether it is valid is {@link WorkflowValidator}'s to
 * say.
 *
 * @param name lower-case words joined by dashes, e.g. {@code onboard-user}
 * @param title a short human title; may be empty
 * @param description for people; may be empty
 * @param version raised on each change, from 1
 * @param inputs by name, in the order written
 * @param steps run in order
 * @param compensations steps that run only when an {@code on_error: {compensate: ID}} names them
 * @param outputs by name, in the order written
 */
public record WorkflowDefinition(
    String name,
    String title,
    String description,
    int version,
    Map<String, WorkflowInput> inputs,
    List<WorkflowStep> steps,
    List<WorkflowStep> compensations,
    Map<String, WorkflowOutput> outputs) {
  public WorkflowDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    steps = List.copyOf(steps);
    compensations = List.copyOf(compensations);
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }

  /**
   * The inputs described as an action's input (JSON Schema and field rules, in the order written),
   * e.g. for a form generated from them. A run reads its inputs by {@link #inputs()} itself.
   */
  public InputSchema inputSchema() {
    return InputSchema.of(inputs.values().stream().map(WorkflowInput::field).toArray(Field[]::new));
  }

  /** The step, among the steps and the compensations, with this id. */
  public Optional<WorkflowStep> step(String id) {
    return Stream.concat(steps.stream(), compensations.stream())
        .filter(s -> s.id().equals(id))
        .findFirst();
  }
}
