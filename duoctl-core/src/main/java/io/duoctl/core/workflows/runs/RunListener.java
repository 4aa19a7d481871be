package io.duoctl.core.workflows.runs;

/** Hears of each step as it ends, e.g. to show progress; called from the run's threads. */
@FunctionalInterface
public interface RunListener {

  /** Hears nothing. */
  RunListener NONE = step -> {};

  /** {@code step} ended (succeeded, failed, was skipped, or its outcome is unknown). */
  void stepFinished(StepRun step);
}
