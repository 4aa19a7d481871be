package io.duoctl.app.api.workflows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.WorkflowRun;
import java.util.List;

/** Workflow runs and their steps as the REST API shows them (secrets redacted). */
final class RunJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RunJson() {}

  static ObjectNode run(WorkflowRun run) {
    ObjectNode json =
        NODES
            .objectNode()
            .put("id", run.id())
            .put("workflow", run.workflow())
            .put("version", run.version())
            .put("state", WireNames.of(run.state()))
            .put("summary", run.summary())
            .put("trigger", run.trigger().toString())
            .put("actor", run.actor())
            .put("dry_run", run.dryRun())
            .put("configuration", run.configuration().orElse(null))
            .put("changed", run.changed())
            .put("unchanged", run.unchanged())
            .put("failed", run.failed())
            .put("created_at", run.createdAt().toString())
            .put("finished_at", run.finishedAt() == null ? null : run.finishedAt().toString())
            .put("error", run.error());
    json.set("inputs", run.inputs());
    json.set("outputs", run.outputs());
    return json;
  }

  static ObjectNode withSteps(WorkflowRun run, List<StepRun> steps) {
    ObjectNode json = run(run);
    ArrayNode array = json.putArray("steps");
    steps.forEach(step -> array.add(step(step)));
    return json;
  }

  static ObjectNode step(StepRun step) {
    ObjectNode json =
        NODES
            .objectNode()
            .put("key", step.key())
            .put("step", step.stepId())
            .put("name", step.name())
            .put("target", step.target())
            .put("organization_id", step.organizationId())
            .put("organization", step.organizationName())
            .put("state", WireNames.of(step.state()))
            .put("outcome", step.outcome() == null ? null : WireNames.of(step.outcome()))
            .put("attempts", step.attempts())
            .put("started_at", step.startedAt().toString())
            .put("finished_at", step.finishedAt() == null ? null : step.finishedAt().toString())
            .put("duration_ms", step.duration().map(d -> d.toMillis()).orElse(null))
            .put("error_code", step.errorCode())
            .put("error", step.errorMessage());
    json.set("input", step.input());
    json.set("output", step.output());
    return json;
  }

  static ObjectNode runSchema() {
    ObjectNode schema =
        JsonSchemas.object()
            .required("id", JsonSchemas.string("The run's id"))
            .required("workflow", JsonSchemas.string("The workflow's name"))
            .required("version", JsonSchemas.integer("The definition's version it follows"))
            .required(
                "state", JsonSchemas.oneOf("Where it stands", "running", "succeeded", "failed"))
            .required(
                "summary",
                JsonSchemas.string(
                    "One sentence fit for a ticket, e.g. \"nothing to do: everything was already"
                        + " as asked\""))
            .required(
                "trigger", JsonSchemas.string("cli, rest, console, webhook:NAME or schedule:NAME"))
            .required("actor", JsonSchemas.string("Who started it"))
            .required("dry_run", JsonSchemas.bool("Whether it only planned"))
            .optional("configuration", JsonSchemas.string("The configuration; null: the default"))
            .required(
                "changed",
                JsonSchemas.integer("Steps that changed something (planned, in a dry run)"))
            .required("unchanged", JsonSchemas.integer("Changing steps that found it already so"))
            .required("failed", JsonSchemas.integer("Steps that failed"))
            .required("created_at", JsonSchemas.dateTime("When it started"))
            .optional("finished_at", JsonSchemas.dateTime("When it ended; null while running"))
            .optional("error", JsonSchemas.string("Why it failed"))
            .required("inputs", JsonSchemas.anyObject("Its inputs, secrets redacted"))
            .optional("outputs", JsonSchemas.anyObject("Its outputs, shown-once ones redacted"))
            .build();
    schema.put("title", "WorkflowRun");
    return schema;
  }

  static ObjectNode finishedRunSchema() {
    ObjectNode schema = runWithStepsSchema().deepCopy();
    schema.put("title", "FinishedWorkflowRun");
    ((ObjectNode) schema.path("properties"))
        .set(
            "shown_once",
            JsonSchemas.anyObject(
                "The outputs that are secrets, by name: shown this once, never stored"));
    ((ArrayNode) schema.path("required")).add("shown_once");
    return schema;
  }

  static ObjectNode runWithStepsSchema() {
    ObjectNode step =
        JsonSchemas.object()
            .required(
                "key",
                JsonSchemas.string("Where the step is in the run, e.g. offboard[3]/phones[0]"))
            .required("step", JsonSchemas.string("The step's id in its definition"))
            .required("name", JsonSchemas.string("For people"))
            .required("target", JsonSchemas.string("The action id or workflow name it calls"))
            .optional("organization_id", JsonSchemas.string("The organization it ran in"))
            .optional("organization", JsonSchemas.string("That organization's name"))
            .required(
                "state",
                JsonSchemas.oneOf(
                    "Where it stands", "started", "succeeded", "failed", "skipped", "unknown"))
            .optional(
                "outcome",
                JsonSchemas.oneOf("What it did to Duo", "changed", "unchanged", "read", "planned"))
            .required("attempts", JsonSchemas.integer("Tries, with retries and take-overs"))
            .required("started_at", JsonSchemas.dateTime("When it started"))
            .optional("finished_at", JsonSchemas.dateTime("When it ended"))
            .optional("duration_ms", JsonSchemas.integer("How long it took"))
            .optional("error_code", JsonSchemas.string("Why it failed, as a code"))
            .optional("error", JsonSchemas.string("Why it failed, or why it was skipped"))
            .optional("input", JsonSchemas.anyObject("What it ran with, secrets redacted"))
            .optional("output", JsonSchemas.anyObject("What it gave, secrets redacted"))
            .build();
    ObjectNode schema = runSchema().deepCopy();
    schema.put("title", "WorkflowRunWithSteps");
    ((ObjectNode) schema.path("properties"))
        .set("steps", JsonSchemas.array("The step timeline, in the order steps started", step));
    ((ArrayNode) schema.path("required")).add("steps");
    return schema;
  }
}
