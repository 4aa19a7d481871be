package io.duoctl.app.api.actions;

import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionScopes;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes of the action catalog and of running one action: {@code GET /api/v1/actions}, {@code
 * GET /api/v1/actions/{id}}, one {@code POST /api/v1/actions/<id>/run} per catalog action (its own
 * operation, scope and input schema, so a workflow platform imports every action) and the generic
 * {@code POST /api/v1/actions/{id}/run}.
 */
public final class ActionRoutes {

  /** Where the catalog lives. */
  public static final String ACTIONS = "/api/v1/actions";

  private static final String RUN_OUTCOME =
      "Answers with the one result body whenever the action ran: 200 when it succeeded, 422 when"
          + " Duo refused the request itself (invalid input, not found, conflict), 502 when Duo"
          + " failed, could not be reached or did not accept duoctl's stored keys (5xx,"
          + " connection, still rate-limited after every retry, 401/403; each Duo call ends within"
          + " the configuration's sync_call_deadline), 504 outcome_unknown when a change was sent"
          + " but not answered and looking it up did not settle it; a failure's error carries our"
          + " code, the attempts made, Duo's code and"
          + " message_detail. 400 names every bad field, 404 an unknown organization, 409 one"
          + " that is not mapped. Secret outputs (bypass codes, activation links) appear only in"
          + " this response.";

  private static final String REFUSED =
      "The action ran and Duo refused the request itself (invalid input, not found, conflict);"
          + " the result's error says why. Sending it again will not help.";

  private static final String DUO_FAILED =
      "The action ran and Duo failed, could not be reached or did not accept duoctl's stored"
          + " keys or their grants (5xx, connection, still rate-limited after every retry,"
          + " 401/403); the result's error says why. Retry later or fix the settings.";

  private static final String OUTCOME_UNKNOWN =
      "The action sent a change but Duo's answer never came, and looking the object up did not"
          + " settle it (error code outcome_unknown): Duo may or may not have made it. Look before"
          + " sending it again; a rerun of a create or delete looks first, so it neither doubles"
          + " nor fails.";

  private ActionRoutes() {}

  /**
   * The routes over {@code duoctl}'s catalog and runner, per-action run routes before the generic
   * one.
   */
  public static List<ApiRoute> routes(Duoctl duoctl) {
    ActionsController controller = new ActionsController(duoctl);
    List<ApiRoute> routes = new ArrayList<>();
    routes.add(
        ApiRoute.get(ACTIONS, ApiScope.READ)
            .operationId("listActions")
            .summary("List the action catalog")
            .description(
                "Every action with its input JSON Schema, output description and flags,"
                    + " sorted by id.")
            .tag("actions")
            .query("category", "Only this category, e.g. users", JsonSchemas.string())
            .response(CatalogJson.listSchema())
            .handle(controller::list));
    routes.add(
        ApiRoute.get(ACTIONS + "/{id}", ApiScope.READ)
            .operationId("getAction")
            .summary("Describe one action")
            .tag("actions")
            .pathParam("id", "The action id, e.g. users.create")
            .response(CatalogJson.actionSchema())
            .handle(call -> controller.describe(call.pathParam("id"))));
    for (ActionDefinition action : duoctl.actions().list()) {
      routes.add(runRoute(action, controller));
    }
    routes.add(
        ApiRoute.post(ACTIONS + "/{id}/run", ApiScope.READ)
            .operationId("runAction")
            .summary("Run any action for one organization, or once on the parent account")
            .description(
                "The same as the action's own run operation, for callers that pick the action at"
                    + " run time. Read-only actions need the read scope, mutating ones run. An"
                    + " organization-level action needs organization; a parent-level one (level"
                    + " parent in the catalog: accounts.*, billing.*, raw.accounts) runs on the"
                    + " MSP's parent account and refuses one (400 naming organization). "
                    + RUN_OUTCOME)
            .tag("actions")
            .pathParam("id", "The action id, e.g. users.create")
            .body(
                RunRequest.schema(
                    JsonSchemas.anyObject("The action's input; see GET /api/v1/actions/{id}"),
                    null))
            .response(ResultJson.schema())
            .outcome(RunStatus.REFUSED, REFUSED, ResultJson.schema())
            .outcome(RunStatus.DUO_FAILED, DUO_FAILED, ResultJson.schema())
            .outcome(RunStatus.OUTCOME_UNKNOWN, OUTCOME_UNKNOWN, ResultJson.schema())
            .handle(call -> controller.run(call.pathParam("id"), call)));
    return List.copyOf(routes);
  }

  private static ApiRoute runRoute(ActionDefinition action, ActionsController controller) {
    String flags =
        action.destructive()
            ? "Destructive: it cannot be undone. "
            : action.mutating() ? "Changes state at Duo; dry_run shows the requests instead. " : "";
    return ApiRoute.post(ACTIONS + "/" + action.id() + "/run", ActionScopes.required(action))
        .operationId("run_" + action.id().replace('.', '_'))
        .summary(action.title())
        .description(
            action.description()
                + "\n\n"
                + flags
                + (action.returnsSecrets() ? "Returns secrets, shown only here. " : "")
                + (action.parentLevel()
                    ? "Parent-level: runs once on the MSP's parent account; takes no"
                        + " organization. "
                    : "")
                + "Output: "
                + action.output()
                + "\n\n"
                + RUN_OUTCOME)
        .tag("run " + action.category())
        .body(RunRequest.schema(action.input().json(), action.level()))
        .response(ResultJson.schema())
        .outcome(RunStatus.REFUSED, REFUSED, ResultJson.schema())
        .outcome(RunStatus.DUO_FAILED, DUO_FAILED, ResultJson.schema())
        .outcome(RunStatus.OUTCOME_UNKNOWN, OUTCOME_UNKNOWN, ResultJson.schema())
        .handle(call -> controller.run(action.id(), call));
  }
}
