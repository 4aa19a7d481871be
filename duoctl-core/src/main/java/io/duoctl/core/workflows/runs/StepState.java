package io.duoctl.core.workflows.runs;

/** Where one step of a run stands. */
public enum StepState {
  /** Started and not finished: running, or interrupted when its node stopped. */
  STARTED,
  SUCCEEDED,
  FAILED,
  /** Its {@code if} was false, or what it needed was not there; it did nothing. */
  SKIPPED,
  /**
   * Its change may or may not have reached Duo: the answer never came and a look could not tell.
   */
  UNKNOWN;

  public boolean finished() {
    return this != STARTED;
  }
}
