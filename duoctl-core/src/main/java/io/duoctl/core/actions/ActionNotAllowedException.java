package io.duoctl.core.actions;

import io.duoctl.core.access.ApiScope;

/**
 * The caller's scope does not allow the action: a mutating action needs {@link ApiScope#RUN}.
 * Nothing ran. The message names the scope needed and the caller's.
 */
public final class ActionNotAllowedException extends ActionFailure {
  private static final long serialVersionUID = 1L;

  private final ApiScope needed;

  ActionNotAllowedException(ActionDefinition action, ApiScope needed, ApiScope scope) {
    this(action.id() + (action.mutating() ? " changes state at Duo and" : ""), needed, scope);
  }

  /**
   * @param what what was refused, e.g. {@code step note sends POST to connection psa and}
   */
  ActionNotAllowedException(String what, ApiScope needed, ApiScope scope) {
    super(
        ErrorCode.FORBIDDEN,
        what + " needs the " + needed.wireName() + " scope; the caller has " + scope.wireName());
    this.needed = needed;
  }

  /** The least scope the action needs. */
  public ApiScope needed() {
    return needed;
  }
}
