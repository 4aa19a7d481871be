package io.duoctl.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiErrorCode;
import io.duoctl.app.api.ApiException;
import io.duoctl.app.api.actions.ResultJson;
import io.duoctl.app.api.actions.RunChecks;
import io.duoctl.app.api.actions.RunRequest;
import io.duoctl.app.api.jobs.JobJson;
import io.duoctl.app.api.jobs.JobRequest;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionExposure;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ActionScopes;
import io.duoctl.core.actions.InputValidator;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.jobs.FanOut;
import io.duoctl.core.jobs.Job;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;

/**
 * A catalog action as an MCP tool. Its arguments are those of a REST job ({@link JobRequest}:
 * organizations, tag or all_organizations, input, dry_run, confirm, configuration), read with the
 * same checks, and it runs as a job the caller waits on, whose stored rows (secrets redacted) are
 * the result, as {@code GET /api/v1/jobs/{id}/rows} shows them. A parent-level action takes a REST
 * run's arguments ({@link RunRequest}) and runs once. Who may run it is core's rule ({@link
 * ActionExposure}); a destructive one over several organizations needs {@code confirm} as for any
 * job ({@link FanOut#start}).
 */
final class ActionTool implements DuoctlTool {

  /** How long a call waits for its job; after that it answers with the rows stored so far. */
  static final Duration WAIT = Duration.ofMinutes(5);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ActionDefinition action;
  private final Duoctl duoctl;
  private final InputValidator validator;
  private final McpSchema.Tool tool;

  ActionTool(ActionDefinition action, Duoctl duoctl) {
    this.action = action;
    this.duoctl = duoctl;
    this.validator = new InputValidator(duoctl.clock());
    this.tool = describe(action);
  }

  /** The tool's name: the action id with {@code _} for {@code .}, e.g. {@code users_list}. */
  static String name(ActionDefinition action) {
    return action.id().replace('.', '_');
  }

  @Override
  public McpSchema.Tool tool() {
    return tool;
  }

  @Override
  public ApiScope scope() {
    return ActionScopes.required(action);
  }

  @Override
  public JsonNode call(JsonNode arguments, McpCaller caller, String actor) {
    new ActionExposure(caller.scope()).check(action);
    return action.parentLevel()
        ? runOnce(arguments, caller, actor)
        : runAsJob(arguments, caller, actor);
  }

  private JsonNode runOnce(JsonNode arguments, McpCaller caller, String actor) {
    RunRequest request = RunRequest.read(arguments, action, this::inputErrors);
    ActionResult result =
        RunChecks.runnerOf(duoctl, request.configuration())
            .run(
                null,
                action.id(),
                request.input(),
                RunOptions.as(actor, caller.scope()).withDryRun(request.dryRun()));
    if (!result.ok()) {
      throw refusal(result.error());
    }
    return ResultJson.of(result.withoutSecrets());
  }

  private JsonNode runAsJob(JsonNode arguments, McpCaller caller, String actor) {
    JobRequest request = JobRequest.readFor(arguments, action, this::inputErrors);
    FanOut fanOut = RunChecks.attendedFanOutOf(duoctl, request.configuration());
    Job job =
        fanOut.start(
            action.id(),
            request.input(),
            request.selection(),
            request.options(actor, caller.scope()));
    boolean finished = await(job);
    ObjectNode json = NODES.objectNode();
    json.set("job", JobJson.job(duoctl.jobs().find(job.id()).orElseThrow(), job.progress()));
    ArrayNode rows = json.putArray("rows");
    fanOut.rows(job.id()).forEach(row -> rows.add(JobJson.row(row)));
    if (!finished) {
      json.put(
          "still_running",
          "the job goes on; read the resource " + McpResources.jobUri(job.id()) + " for the rest");
    }
    return json;
  }

  private List<FieldError> inputErrors(ObjectNode input) {
    return RunChecks.inputErrors(validator, action, input);
  }

  private static boolean await(Job job) {
    try {
      return job.await(WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static ApiException refusal(ActionError error) {
    return new ApiException(
        ApiErrorCode.UNPROCESSABLE_PAYLOAD.status(),
        ResultJson.code(error.code()),
        error.message(),
        error.fields().stream()
            .map(f -> new FieldError("input." + f.field(), f.message()))
            .toList());
  }

  private static McpSchema.Tool describe(ActionDefinition action) {
    ObjectNode schema =
        action.parentLevel()
            ? RunRequest.schema(action.input().json(), action.level())
            : JobRequest.schemaFor(action);
    String description =
        action.description()
            + " Returns: "
            + action.output()
            + (action.parentLevel()
                ? ", once for the MSP's parent account."
                : ", as one row per organization.")
            + (action.destructive()
                ? " Destructive: over more than one organization it runs only with confirm set to"
                    + " the number of organizations, after the user agreed; dry_run shows what it"
                    + " would do."
                : "");
    return McpSchema.Tool.builder(name(action), McpJson.map(schema))
        .title(action.title())
        .description(description)
        .annotations(
            new McpSchema.ToolAnnotations(
                action.title(),
                action.readOnly(),
                action.destructive(),
                action.rerunSafe(),
                true,
                null))
        .build();
  }
}
