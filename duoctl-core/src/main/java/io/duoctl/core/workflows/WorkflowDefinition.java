package io.duoctl.core.workflows;

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

  /** The step, among the steps and the compensations, with this id. */
  public Optional<WorkflowStep> step(String id) {
    return Stream.concat(steps.stream(), compensations.stream())
        .filter(s -> s.id().equals(id))
        .findFirst();
  }
}
