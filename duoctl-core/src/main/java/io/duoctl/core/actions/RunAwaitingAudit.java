package io.duoctl.core.actions;

import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A finished run whose audit entry is not written yet ({@link ActionRunner#runAuditedLater}).
 *
 * @param result what the run returned
 * @param run the audit record; empty for a run the caller's scope refused, which is not audited
 * @param trail where the record goes
 */
public record RunAwaitingAudit(
    ActionResult result, Optional<ActionRun> run, ActionAuditTrail trail) {

  public RunAwaitingAudit {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(trail, "trail");
  }

  /** Writes the audit entry within {@code handle}'s transaction; {@code note} may be null. */
  public void writeAudit(Handle handle, String note) {
    run.ifPresent(record -> trail.record(handle, record, note));
  }
}
