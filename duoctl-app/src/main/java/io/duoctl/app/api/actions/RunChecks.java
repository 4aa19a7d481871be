package io.duoctl.app.api.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiErrorCode;
import io.duoctl.app.api.ApiException;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.InvalidActionInputException;
import io.duoctl.core.errors.FieldError;
import java.util.List;

/** What every route that runs actions checks first: the token's scope and the input. */
public final class RunChecks {

  private RunChecks() {}

  /** Read-only actions need the read scope, the others run. */
  public static ApiScope scopeFor(ActionDefinition action) {
    return action.readOnly() ? ApiScope.READ : ApiScope.RUN;
  }

  /**
   * Checks that the caller's token may run {@code action}, also through routes a read token may
   * call.
   *
   * @throws ApiException 403 naming the scope needed
   */
  public static void requireScopeFor(ActionDefinition action, ApiCall call) {
    ApiScope needed = scopeFor(action);
    if (!call.token().allows(needed)) {
      throw ApiException.of(
          ApiErrorCode.FORBIDDEN,
          action.id()
              + " changes state at Duo and needs a token with the "
              + needed.wireName()
              + " scope; this token has "
              + call.token().scope().wireName());
    }
  }

  /** Every field of {@code input} that breaks the action's schema; empty when it is valid. */
  public static List<FieldError> inputErrors(
      ActionRunner runner, ActionDefinition action, JsonNode input) {
    try {
      runner.validate(action.id(), input);
      return List.of();
    } catch (InvalidActionInputException e) {
      return e.errors();
    }
  }
}
