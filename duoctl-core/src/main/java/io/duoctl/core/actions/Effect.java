package io.duoctl.core.actions;

/** What running an action does to the Duo account. */
public enum Effect {
  /** Reads only; safe to run anywhere, any number of times. */
  READ,
  /** Changes state (creates, updates, sends messages). Dry-run shows the requests instead. */
  CHANGE,
  /** Deletes or revokes something that cannot be restored. */
  DESTRUCTIVE
}
