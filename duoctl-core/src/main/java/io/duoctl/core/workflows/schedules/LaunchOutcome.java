package io.duoctl.core.workflows.schedules;

/** What became of one due time of a schedule. */
public enum LaunchOutcome {
  /** A node took the due time up and is starting the run. */
  LAUNCHING,
  /** The run was started; its id is recorded. */
  LAUNCHED,
  /** Starting the run failed (bad input, unknown workflow, no confirmation, ...); nothing ran. */
  FAILED,
  /** No node could start it within {@link Schedule#STARTING_DEADLINE} of its time. */
  MISSED,
  /**
   * The node stopped while starting the run, so whether it started is unknown; it is not started
   * again (look for runs triggered by the schedule at that time).
   */
  INTERRUPTED
}
