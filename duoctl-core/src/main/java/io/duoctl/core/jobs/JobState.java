package io.duoctl.core.jobs;

/** Where a fan-out job stands. */
public enum JobState {
  RUNNING,
  /** Every organization succeeded. */
  SUCCEEDED,
  /** Some organizations failed; their rows say why. */
  PARTIAL,
  /** Every organization failed. */
  FAILED,
  /** Stopped before every organization ran; rows of those not run say CANCELLED. */
  CANCELLED;

  public boolean finished() {
    return this != RUNNING;
  }
}
