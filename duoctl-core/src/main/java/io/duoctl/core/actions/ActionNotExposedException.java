package io.duoctl.core.actions;

/**
 * An action that returns secrets was asked for by a front end that never offers one ({@link
 * ActionExposure}). Nothing ran.
 */
public final class ActionNotExposedException extends ActionFailure {
  private static final long serialVersionUID = 1L;

  ActionNotExposedException(ActionDefinition action) {
    super(
        ErrorCode.FORBIDDEN,
        action.id()
            + " returns secrets ("
            + String.join(", ", action.secretOutputs())
            + ") and is never offered here; run it for one organization with the duoctl CLI,"
            + " the console or POST /api/v1/actions/"
            + action.id()
            + "/run, which show them once");
  }
}
