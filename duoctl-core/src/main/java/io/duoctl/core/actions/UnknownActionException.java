package io.duoctl.core.actions;

/** No action in the catalog has the requested id. */
public final class UnknownActionException extends ActionFailure {
  private static final long serialVersionUID = 1L;

  public UnknownActionException(String actionId) {
    super(
        ErrorCode.UNKNOWN_ACTION,
        "no action " + actionId + "; `duoctl actions list` shows the catalog");
  }
}
