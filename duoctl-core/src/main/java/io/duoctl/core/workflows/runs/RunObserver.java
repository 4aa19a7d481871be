package io.duoctl.core.workflows.runs;

/**
 * Hears of every run this node starts or finishes and of each step it finishes, whoever started the
 * run, e.g. to count them. A run taken over from a node that stopped is finished, not started,
 * here. Called from the runs' threads, so concurrently; implementations are quick and do not throw.
 */
public interface RunObserver extends RunListener {

  /** Hears nothing. */
  RunObserver NONE = new RunObserver() {};

  /** {@code run} was stored and is about to run its first step. */
  default void runStarted(WorkflowRun run) {}

  /** {@code run} ended ({@link WorkflowRun#state()} says how) and was stored so. */
  default void runFinished(WorkflowRun run) {}

  @Override
  default void stepFinished(StepRun step) {}
}
