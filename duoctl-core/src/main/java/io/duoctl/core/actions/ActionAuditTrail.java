package io.duoctl.core.actions;

import org.jdbi.v3.core.Handle;

/** Where the runner records every run. Implementations are thread-safe. */
@FunctionalInterface
public interface ActionAuditTrail {

  /** Records nothing, for callers without persistence. */
  ActionAuditTrail NONE = run -> {};

  void record(ActionRun run);

  /**
   * Records {@code run} within {@code handle}'s transaction, so that it is written if and only if
   * the caller's own record of the run (a job's row) is; {@code note} (may be null) says why it
   * ran, e.g. that it was resumed after a restart. This default ignores the handle and the note.
   */
  default void record(Handle handle, ActionRun run, String note) {
    record(run);
  }
}
