package io.duoctl.app.metrics;

import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.runs.RunObserver;
import io.duoctl.core.workflows.runs.RunState;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.StepOutcome;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.StepState;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the workflow runs this node starts (by trigger kind) and finishes (by state), and the
 * steps it finishes (by state and outcome).
 */
final class RunMeters implements RunObserver {
  static final String NO_OUTCOME = "none";

  private final MeterRegistry registry;

  RunMeters(MeterRegistry registry) {
    this.registry = registry;
    for (RunTrigger.Kind kind : RunTrigger.Kind.values()) {
      started(kind);
    }
    for (RunState state : RunState.values()) {
      if (state.finished()) {
        finished(state);
      }
    }
  }

  @Override
  public void runStarted(WorkflowRun run) {
    started(run.trigger().kind()).increment();
  }

  @Override
  public void runFinished(WorkflowRun run) {
    finished(run.state()).increment();
  }

  @Override
  public void stepFinished(StepRun step) {
    steps(step.state(), step.outcome()).increment();
  }

  private Counter started(RunTrigger.Kind kind) {
    return Counter.builder("duoctl.workflow.runs.started")
        .description("Workflow runs started on this node, by what started them")
        .tag("trigger", WireNames.of(kind))
        .register(registry);
  }

  private Counter finished(RunState state) {
    return Counter.builder("duoctl.workflow.runs.finished")
        .description("Workflow runs finished on this node, by end state")
        .tag("state", WireNames.of(state))
        .register(registry);
  }

  private Counter steps(StepState state, StepOutcome outcome) {
    return Counter.builder("duoctl.workflow.steps.finished")
        .description("Workflow steps finished on this node, by state and what they did to Duo")
        .tag("state", WireNames.of(state))
        .tag("outcome", outcome == null ? NO_OUTCOME : WireNames.of(outcome))
        .register(registry);
  }
}
