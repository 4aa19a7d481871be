package io.duoctl.core.workflows;

import io.duoctl.core.vocabulary.WireNames;
import java.util.List;

/**
 * What a valid definition does, in words and wire names: what {@code workflows validate} explains.
 *
 * @param title may be empty
 * @param description may be empty
 */
public record WorkflowSummary(
    String name,
    String title,
    String description,
    int version,
    List<Input> inputs,
    List<Step> steps,
    List<Output> outputs) {

  /** An input: its wire-name type, whether required or secret. */
  public record Input(
      String name, String type, boolean required, boolean secret, String description) {}

  /**
   * A step.
   *
   * @param kind {@code action}, {@code workflow}, {@code wait} or {@code http}
   * @param action the action id, or null for another kind of step
   * @param workflow the workflow name, or null for another kind of step
   * @param duration how long a wait step waits (a duration or an expression), or null
   * @param request what an http step sends, e.g. {@code POST psa /tickets/${{ inputs.ticket }}}, or
   *     null
   * @param forEach what it repeats over, e.g. {@code organizations: all}, or null
   * @param condition the {@code if} expression, or null
   * @param onError {@code stop}, {@code continue}, {@code retry (3 attempts, backoff 10s)} or
   *     {@code compensate with ID}
   */
  public record Step(
      String id,
      String name,
      String kind,
      String action,
      String workflow,
      String duration,
      String request,
      String forEach,
      String condition,
      String onError) {}

  /** An output; shown once when it carries a secret. */
  public record Output(String name, boolean shownOnce, String description) {}

  public WorkflowSummary {
    inputs = List.copyOf(inputs);
    steps = List.copyOf(steps);
    outputs = List.copyOf(outputs);
  }

  /** What {@code d} does, as the CLI and the REST API explain it. */
  public static WorkflowSummary of(WorkflowDefinition d) {
    return new WorkflowSummary(
        d.name(),
        d.title(),
        d.description(),
        d.version(),
        d.inputs().values().stream()
            .map(
                i ->
                    new Input(
                        i.name(),
                        WireNames.of(i.type()),
                        i.required(),
                        i.secret(),
                        i.description()))
            .toList(),
        d.steps().stream().map(WorkflowSummary::step).toList(),
        d.outputs().values().stream()
            .map(o -> new Output(o.name(), o.shownOnce(), o.description()))
            .toList());
  }

  private static Step step(WorkflowStep s) {
    return new Step(
        s.id(),
        s.name(),
        switch (s.call()) {
          case WorkflowStep.Action a -> "action";
          case WorkflowStep.Workflow w -> "workflow";
          case WorkflowStep.Wait w -> "wait";
          case WorkflowStep.Http h -> "http";
        },
        s.call() instanceof WorkflowStep.Action a ? a.target() : null,
        s.call() instanceof WorkflowStep.Workflow w ? w.target() : null,
        s.call() instanceof WorkflowStep.Wait w ? text(w.duration()) : null,
        s.call() instanceof WorkflowStep.Http h
            ? h.method() + " " + h.connection() + " " + text(h.path())
            : null,
        s.repeat().map(WorkflowSummary::forEach).orElse(null),
        s.when().map(WorkflowValue.Expression::toString).orElse(null),
        onError(s.onError()));
  }

  private static String forEach(ForEach each) {
    return WireNames.of(each.over()) + ": " + text(each.values());
  }

  private static String text(WorkflowValue value) {
    return switch (value) {
      case WorkflowValue.Literal literal ->
          literal.value().isTextual() ? literal.value().textValue() : literal.value().toString();
      case WorkflowValue.Expression expression -> expression.toString();
    };
  }

  private static String onError(ErrorPolicy policy) {
    return switch (policy) {
      case ErrorPolicy.Stop s -> "stop";
      case ErrorPolicy.Continue c -> "continue";
      case ErrorPolicy.Retry r ->
          "retry (" + r.maxAttempts() + " attempts, backoff " + r.backoff().toSeconds() + "s)";
      case ErrorPolicy.Compensate c -> "compensate with " + c.stepId();
    };
  }
}
