package io.duoctl.core.actions;

/** Where the runner records every run. Implementations are thread-safe. */
@FunctionalInterface
public interface ActionAuditTrail {

  /** Records nothing, for callers without persistence. */
  ActionAuditTrail NONE = run -> {};

  void record(ActionRun run);
}
