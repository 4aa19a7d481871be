package io.duoctl.core.workflows.runs;

/** What a finished action step did to Duo. */
public enum StepOutcome {
  /** It changed something (created, updated, deleted, sent). */
  CHANGED,
  /** It found everything already as asked and sent no change. */
  UNCHANGED,
  /** It only read. */
  READ,
  /** A dry run: it planned the changing requests and sent none. */
  PLANNED
}
