package io.duoctl.app.api.workflows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.workflows.Workflows;
import java.util.List;

/**
 * {@code POST /api/v1/workflows/validate}: checks a workflow definition sent as YAML and answers
 * with what it does, or 400 with every error, each at its JSON pointer with the line and column.
 */
public final class WorkflowRoutes {

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
    WorkflowRoutes routes = new WorkflowRoutes(new Workflows(duoctl.actions(), duoctl.clock()));
    return List.of(
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
            .optional("action", JsonSchemas.string("The action id, for an action step"))
            .optional("workflow", JsonSchemas.string("The workflow's name, for a workflow step"))
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
