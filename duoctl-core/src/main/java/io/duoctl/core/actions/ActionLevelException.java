package io.duoctl.core.actions;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/**
 * An action was asked for the wrong kind of target: a parent-level action with an organization or
 * as a fan-out over organizations, or an organization-level action without one. The one field at
 * fault is {@value #FIELD}.
 */
public final class ActionLevelException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The field named at fault. */
  public static final String FIELD = "organization";

  private ActionLevelException(String actionId, String message) {
    super(actionId + " cannot run this way", List.of(new FieldError(FIELD, message)));
  }

  static ActionLevelException organizationGiven(ActionDefinition action) {
    return new ActionLevelException(
        action.id(),
        action.id()
            + " is a parent-level action: it works on the MSP's parent account and takes no"
            + " organization"
            + childInput(action)
            + "; leave the organization out");
  }

  static ActionLevelException organizationMissing(ActionDefinition action) {
    return new ActionLevelException(
        action.id(), action.id() + " runs for one organization at a time; name the organization");
  }

  static ActionLevelException perOrganization(ActionDefinition action) {
    return new ActionLevelException(
        action.id(),
        action.id()
            + " is a parent-level action: it runs once on the MSP's parent account, not once per"
            + " organization"
            + childInput(action)
            + "; run it without organizations");
  }

  private static String childInput(ActionDefinition action) {
    return action.input().fields().containsKey("account_id")
        ? " (the child account it concerns is its account_id input)"
        : "";
  }
}
