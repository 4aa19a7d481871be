package io.duoctl.app.api.workflows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiResponse;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.app.api.openapi.ErrorSchema;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.workflows.WorkflowSummary;
import io.duoctl.core.workflows.Workflows;
import java.util.List;

/**
 * The workflow routes: {@code POST /api/v1/workflows/validate} checks a definition sent as YAML
 * (400 lists every error at its JSON pointer with the line and column); {@code GET
 * /api/v1/workflows} lists the workflows; {@code POST /api/v1/workflows/{name}/runs} starts a run;
 * {@code GET /api/v1/workflows/runs[/{id}]} reads runs and their step timelines.
 */
public final class WorkflowRoutes {

  /** Where runs live. */
  static final String RUNS = "/api/v1/workflows/runs";

  private static final String CONFIRMATION =
      "The workflow may run a destructive action in more than one organization and confirm was"
          + " not true: error.code is confirmation_required. Nothing ran.";

  /** The media types a definition may be sent as. */
  static final String[] YAML = {
    "application/yaml", "application/x-yaml", "text/yaml", "text/plain"
  };

  private final Workflows workflows;

  private WorkflowRoutes(Workflows workflows) {
    this.workflows = workflows;
  }

  /** The routes over {@code duoctl}'s action catalog. */
  public static List<ApiRoute> routes(Duoctl duoctl) {
    WorkflowRoutes routes = new WorkflowRoutes(duoctl.workflows());
    RunsController runs = new RunsController(duoctl);
    return List.of(
        ApiRoute.get("/api/v1/workflows", ApiScope.READ)
            .operationId("listWorkflows")
            .summary("The workflows that can run, with their inputs, steps and outputs")
            .tag("workflows")
            .response(JsonSchemas.array(summarySchema()))
            .handle(call -> routes.list()),
        ApiRoute.post("/api/v1/workflows", ApiScope.ADMIN)
            .operationId("saveWorkflow")
            .summary("Check a workflow definition (YAML) and save it")
            .description(
                "Checks it like validateWorkflow (also against the saved workflows) and saves it,"
                    + " replacing a saved workflow of the same name; runs already started keep"
                    + " the version they started with. A built-in workflow's name is a 400 on"
                    + " /name. Audited.")
            .tag("workflows")
            .textBody(JsonSchemas.string("The workflow definition, YAML text (UTF-8)"), YAML)
            .response(summarySchema())
            .handle(routes::save),
        ApiRoute.delete("/api/v1/workflows/{name}", ApiScope.ADMIN)
            .operationId("deleteWorkflow")
            .summary("Delete a saved workflow")
            .description("Built-in workflows cannot be deleted (404). Its runs stay. Audited.")
            .tag("workflows")
            .pathParam("name", "The saved workflow's name")
            .noContent()
            .handle(routes::delete),
        ApiRoute.post("/api/v1/workflows/{name}/runs", ApiScope.READ)
            .operationId("startWorkflowRun")
            .summary("Start a workflow run in the background")
            .description(
                "Checks the inputs (400 names each bad one), the caller's scope against every"
                    + " action the workflow may run (403), and, for a workflow that may run a"
                    + " destructive action in more than one organization, confirm: true (else 409"
                    + " confirmation_required; a dry run needs none). Then stores the run and"
                    + " answers 202 at once with a Location to follow; the run goes on in the"
                    + " background, on this node or, if it stops, on another. dry_run plans every"
                    + " change per organization and sends none. Outputs that are secrets (shown"
                    + " once) are never stored, so a background run's are lost: use the run"
                    + " route for those.")
            .tag("workflows")
            .pathParam("name", "The workflow's name, e.g. offboard-everywhere")
            .body(runRequestSchema())
            .response(202, RunJson.runSchema())
            .outcome(409, CONFIRMATION, ErrorSchema.schema())
            .handle(runs::start),
        ApiRoute.post("/api/v1/workflows/{name}/run", ApiScope.READ)
            .operationId("runWorkflow")
            .summary("Run a workflow and answer when it ends")
            .description(
                "Like startWorkflowRun (the same checks, the same stored run), but the answer"
                    + " comes when the run ends: the run with its steps, and shown_once, the"
                    + " outputs that are secrets (e.g. a bypass code), given this once and never"
                    + " stored.")
            .tag("workflows")
            .pathParam("name", "The workflow's name, e.g. rotate-break-glass-codes")
            .body(runRequestSchema())
            .response(RunJson.finishedRunSchema())
            .outcome(409, CONFIRMATION, ErrorSchema.schema())
            .handle(runs::runAndWait),
        ApiRoute.get(RUNS, ApiScope.READ)
            .operationId("listWorkflowRuns")
            .summary("Workflow runs, newest first, by workflow or organization")
            .tag("workflows")
            .query("workflow", "Only runs of this workflow", JsonSchemas.string("A name"))
            .query(
                "organization",
                "Only runs with a step in this organization (name or id)",
                JsonSchemas.string("An organization"))
            .query(
                "offset", "Runs to skip", JsonSchemas.integer("Runs to skip", 0, Integer.MAX_VALUE))
            .query("limit", "Page size (default 50)", JsonSchemas.integer("Page size", 1, 500))
            .response(runsSchema())
            .handle(runs::list),
        ApiRoute.get(RUNS + "/{id}", ApiScope.READ)
            .operationId("getWorkflowRun")
            .summary("A run and its step timeline")
            .description(
                "Each step with its organization, state, outcome (changed, unchanged, read,"
                    + " planned), duration, attempts, inputs and outputs (secrets redacted) and"
                    + " error. Audit entries of its actions carry the note \"workflow run ID, step"
                    + " KEY\".")
            .tag("workflows")
            .pathParam("id", "The run's id")
            .response(RunJson.runWithStepsSchema())
            .handle(call -> runs.get(call.pathParam("id"))),
        ApiRoute.post("/api/v1/workflows/validate", ApiScope.READ)
            .operationId("validateWorkflow")
            .summary("Check a workflow definition (YAML) without running it")
            .description(
                "Checks the definition against the published JSON Schema (`duoctl workflows"
                    + " schema`), the action catalog, the built-in workflows and every CEL"
                    + " expression, and that secrets flow only into secret fields and shown_once"
                    + " outputs. 400 lists every error: error.fields[].field is the JSON pointer"
                    + " (e.g. /steps/2/with/user), the message starts with the line and column.")
            .tag("workflows")
            .textBody(JsonSchemas.string("The workflow definition, YAML text (UTF-8)"), YAML)
            .response(summarySchema())
            .handle(routes::validate));
  }

  private Object validate(ApiCall call) {
    return workflows.validate(call.text());
  }

  private List<WorkflowSummary> list() {
    return workflows.all().values().stream().map(WorkflowSummary::of).toList();
  }

  private Object save(ApiCall call) {
    return workflows.save(call.text(), call.actor());
  }

  private ApiResponse delete(ApiCall call) {
    workflows.delete(call.pathParam("name"), call.actor());
    return new ApiResponse(204, null);
  }

  private static ObjectNode runRequestSchema() {
    return JsonSchemas.object()
        .description("How to run the workflow")
        .optional(
            "inputs",
            JsonSchemas.anyObject("The workflow's inputs by name (GET /api/v1/workflows)"))
        .optional("dry_run", JsonSchemas.bool("Plan every change and send none"))
        .optional(
            "confirm", JsonSchemas.bool("Agree to destructive actions in several organizations"))
        .optional("configuration", JsonSchemas.string("The configuration; default: the default"))
        .closed();
  }

  private static ObjectNode runsSchema() {
    return JsonSchemas.object()
        .required("runs", JsonSchemas.array(RunJson.runSchema()))
        .required("offset", JsonSchemas.integer("Skipped"))
        .required("limit", JsonSchemas.integer("Page size"))
        .required("has_more", JsonSchemas.bool("Whether another page follows"))
        .build();
  }

  private static ObjectNode summarySchema() {
    ObjectNode input =
        JsonSchemas.object()
            .required("name", JsonSchemas.string("The input's name"))
            .required("type", JsonSchemas.string("e.g. string, user, phone_number, string_list"))
            .required("required", JsonSchemas.bool("Whether the caller must give it"))
            .required("secret", JsonSchemas.bool("Never stored, logged or shown"))
            .required("description", JsonSchemas.string("For people; may be empty"))
            .build();
    ObjectNode step =
        JsonSchemas.object()
            .required("id", JsonSchemas.string("The step's id"))
            .required("name", JsonSchemas.string("For people; may be empty"))
            .required("kind", JsonSchemas.string("action, workflow, wait or http"))
            .optional("action", JsonSchemas.string("The action id, for an action step"))
            .optional("workflow", JsonSchemas.string("The workflow's name, for a workflow step"))
            .optional(
                "duration",
                JsonSchemas.string("How long a wait step waits: a duration or expression"))
            .optional(
                "http", JsonSchemas.string("What an http step sends: method, connection and path"))
            .optional(
                "for_each", JsonSchemas.string("What it repeats over, e.g. organizations: all"))
            .optional("condition", JsonSchemas.string("Its if: expression"))
            .required(
                "on_error", JsonSchemas.string("stop, continue, retry (...) or compensate with ID"))
            .build();
    ObjectNode output =
        JsonSchemas.object()
            .required("name", JsonSchemas.string("The output's name"))
            .required("shown_once", JsonSchemas.bool("A secret shown to the caller once"))
            .required("description", JsonSchemas.string("For people; may be empty"))
            .build();
    ObjectNode summary =
        JsonSchemas.object()
            .required("name", JsonSchemas.string("The workflow's name"))
            .required("title", JsonSchemas.string("May be empty"))
            .required("description", JsonSchemas.string("May be empty"))
            .required("version", JsonSchemas.integer("The definition's version"))
            .required("inputs", JsonSchemas.array(input))
            .required("steps", JsonSchemas.array(step))
            .required("outputs", JsonSchemas.array(output))
            .build();
    summary.put("title", "WorkflowSummary");
    return summary;
  }
}
