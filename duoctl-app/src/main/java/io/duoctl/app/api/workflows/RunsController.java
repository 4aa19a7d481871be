package io.duoctl.app.api.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiException;
import io.duoctl.app.api.ApiResponse;
import io.duoctl.app.api.actions.BodyFields;
import io.duoctl.core.workflows.runs.RunFilter;
import io.duoctl.core.workflows.runs.RunListener;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.core.workflows.runs.WorkflowRunHistory;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import io.duoctl.core.workflows.runs.WorkflowRuns;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Handlers of the workflow run routes. Thread-safe. */
final class RunsController {

  static final Set<String> FIELDS = Set.of("inputs", "dry_run", "confirm", "configuration");

  private final Duoctl duoctl;
  private final WorkflowRuns runs;
  private final WorkflowRunHistory history;

  RunsController(Duoctl duoctl) {
    this.duoctl = duoctl;
    this.runs = duoctl.workflowRuns();
    this.history = runs.history();
  }

  ApiResponse start(ApiCall call) {
    String id = runs.launch(request(call));
    call.context().header("Location", WorkflowRoutes.RUNS + "/" + id);
    return new ApiResponse(202, RunJson.run(require(id)));
  }

  ObjectNode runAndWait(ApiCall call) {
    WorkflowRuns.Finished finished = runs.run(request(call), RunListener.NONE);
    ObjectNode json = RunJson.withSteps(finished.run(), history.steps(finished.run().id()));
    json.set("shown_once", finished.shownOnce());
    return json;
  }

  private static WorkflowRunRequest request(ApiCall call) {
    BodyFields fields = new BodyFields(call.body(JsonNode.class), FIELDS);
    ObjectNode inputs = fields.object("inputs", "{\"user\": \"jdoe\"}");
    boolean dryRun = fields.bool("dry_run", false);
    boolean confirm = fields.bool("confirm", false);
    Optional<String> configuration = fields.optionalText("configuration", "\"eu\"");
    fields.throwIfInvalid("invalid workflow run request");
    return new WorkflowRunRequest(
        call.pathParam("name"),
        inputs,
        call.actor(),
        call.token().scope(),
        dryRun,
        confirm,
        configuration,
        RunTrigger.byHand(RunTrigger.Kind.REST));
  }

  ObjectNode list(ApiCall call) {
    int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    int limit = call.queryInt("limit", 50, 1, 500);
    Optional<String> organization =
        call.query("organization")
            .map(
                o ->
                    duoctl
                        .organizations()
                        .getByNameOrId(call.query("configuration").orElse(null), o)
                        .id());
    List<WorkflowRun> page =
        history.recent(new RunFilter(call.query("workflow"), organization), offset, limit + 1);
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ArrayNode items = json.putArray("runs");
    page.stream().limit(limit).forEach(run -> items.add(RunJson.run(run)));
    json.put("offset", offset).put("limit", limit).put("has_more", page.size() > limit);
    return json;
  }

  ObjectNode get(String runId) {
    return RunJson.withSteps(require(runId), history.steps(runId));
  }

  private WorkflowRun require(String runId) {
    return history
        .find(runId)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "no workflow run " + runId + "; GET " + WorkflowRoutes.RUNS + " lists them"));
  }
}
