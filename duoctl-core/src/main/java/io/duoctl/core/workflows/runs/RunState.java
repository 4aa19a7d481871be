package io.duoctl.core.workflows.runs;

/** Where a workflow run stands. */
public enum RunState {
  /** Its steps are running, or waiting for a node to take it over. */
  RUNNING,
  /** Every step finished; a step whose policy was {@code continue} may have failed. */
  SUCCEEDED,
  /** A step failed and stopped it, or its outcome could not be told. */
  FAILED;

  public boolean finished() {
    return this != RUNNING;
  }
}
