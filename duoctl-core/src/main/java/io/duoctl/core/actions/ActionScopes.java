package io.duoctl.core.actions;

import io.duoctl.core.access.ApiScope;

/**
 * Who may run what, for every front end: a read-only action needs {@link ApiScope#READ}, any action
 * that changes state at Duo {@link ApiScope#RUN}.
 */
public final class ActionScopes {

  private ActionScopes() {}

  /** The least scope that may run {@code action}. */
  public static ApiScope required(ActionDefinition action) {
    return action.readOnly() ? ApiScope.READ : ApiScope.RUN;
  }

  /**
   * Refuses {@code action} unless {@code scope} allows it.
   *
   * @throws ActionNotAllowedException naming the scope needed
   */
  public static void check(ActionDefinition action, ApiScope scope) {
    checkNeeded(action, scope);
  }

  /**
   * Refuses a change outside Duo (a workflow's HTTP request that is not a GET) unless {@code scope}
   * allows changes ({@link ApiScope#RUN}).
   *
   * @param what what would change, for the message, e.g. {@code step note sends POST to psa and}
   * @throws ActionNotAllowedException naming the scope needed
   */
  public static void checkChange(String what, ApiScope scope) {
    if (!scope.includes(ApiScope.RUN)) {
      throw new ActionNotAllowedException(what, ApiScope.RUN, scope);
    }
  }

  private static void checkNeeded(ActionDefinition action, ApiScope scope) {
    ApiScope needed = required(action);
    if (!scope.includes(needed)) {
      throw new ActionNotAllowedException(action, needed, scope);
    }
  }
}
