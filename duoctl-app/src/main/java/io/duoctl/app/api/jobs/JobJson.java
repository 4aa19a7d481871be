package io.duoctl.app.api.jobs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.app.api.actions.ResultJson;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobState;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.core.jobs.StoredRow;
import io.duoctl.core.vocabulary.WireNames;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Jobs and their rows as the REST API shows them (and every front end that shows them as JSON), and
 * the JSON Schemas of those shapes.
 */
public final class JobJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JobJson() {}

  /** A stored job with its progress (live while it runs here). */
  public static ObjectNode job(JobSummary job, JobProgress progress) {
    ObjectNode json = NODES.objectNode();
    json.put("id", job.id())
        .put("action", job.actionId())
        .put("actor", job.actor())
        .put("dry_run", job.dryRun())
        .put("selection", job.selection())
        .put("state", state(progress.state()))
        .put("total", progress.total())
        .put("done", progress.done())
        .put("succeeded", progress.succeeded())
        .put("failed", progress.failed())
        .put("outcome_unknown", progress.unknown())
        .put("created_at", job.createdAt().toString())
        .put("finished_at", text(job.finishedAt()));
    json.set("input", parse(job.input()));
    ArrayNode skipped = json.putArray("skipped");
    job.skipped()
        .forEach(
            s ->
                skipped
                    .addObject()
                    .put("organization_id", s.organizationId())
                    .put("organization", s.organization())
                    .put("reason", s.reason()));
    json.put("rows", JobRoutes.JOBS + "/" + job.id() + "/rows");
    return json;
  }

  /** A page of jobs, most recent first. */
  static ObjectNode jobs(List<ObjectNode> jobs, int offset, int limit, boolean more) {
    ObjectNode json = NODES.objectNode();
    json.putArray("jobs").addAll(jobs);
    json.put("offset", offset).put("limit", limit);
    json.set("next_offset", more ? NODES.numberNode(offset + jobs.size()) : NODES.nullNode());
    return json;
  }

  /** One organization's outcome, secrets already redacted by the store. */
  public static ObjectNode row(JobRow row) {
    ObjectNode json = NODES.objectNode();
    json.put("index", row.index())
        .put("organization_id", row.organizationId())
        .put("organization", row.organization())
        .put("ok", row.ok())
        .put("error_code", row.errorCode() == null ? null : ResultJson.code(row.errorCode()))
        .put("message", row.message());
    json.set(
        "duo_code", row.duoCode() == null ? NODES.nullNode() : NODES.numberNode(row.duoCode()));
    json.put("message_detail", row.messageDetail())
        .put("duration_ms", row.duration().toMillis())
        .put("finished_at", text(row.finishedAt()));
    json.set("data", row.data() == null ? NODES.nullNode() : row.data());
    return json;
  }

  /**
   * Writes a stored row as {@link #row} shows it, its data copied token by token from the store
   * without a tree.
   */
  static void writeRow(JsonGenerator out, StoredRow stored) throws IOException {
    out.writeStartObject();
    for (Map.Entry<String, JsonNode> field : row(stored.row()).properties()) {
      if (!field.getKey().equals("data")) {
        out.writeFieldName(field.getKey());
        out.writeTree(field.getValue());
      }
    }
    out.writeFieldName("data");
    stored.writeData(out);
    out.writeEndObject();
  }

  /** A page of rows. */
  static ObjectNode rows(String jobId, List<JobRow> page, int offset, int limit, int total) {
    ObjectNode json = NODES.objectNode();
    json.put("job_id", jobId);
    ArrayNode rows = json.putArray("rows");
    page.forEach(r -> rows.add(row(r)));
    json.put("offset", offset).put("limit", limit).put("total", total);
    json.set(
        "next_offset",
        offset + page.size() < total ? NODES.numberNode(offset + page.size()) : NODES.nullNode());
    return json;
  }

  static String state(JobState state) {
    return WireNames.of(state);
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static JsonNode parse(String json) {
    if (json == null) {
      return NODES.objectNode();
    }
    try {
      return ActionJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      return NODES.textNode(json);
    }
  }

  static ObjectNode jobSchema() {
    return JsonSchemas.object()
        .description("A fan-out job and its progress")
        .required("id", JsonSchemas.string("The job id"))
        .required("action", JsonSchemas.string("The action id"))
        .required("actor", JsonSchemas.string("Who started it, e.g. api:n8n-prod"))
        .required("dry_run", JsonSchemas.bool("Whether it is a dry-run"))
        .required("selection", JsonSchemas.string("Which organizations: orgs:a,b, tag:t or all"))
        .required(
            "state",
            JsonSchemas.oneOf("running until every organization has its row", JobState.class))
        .required("total", JsonSchemas.integer("Organizations in the job"))
        .required("done", JsonSchemas.integer("Rows finished, failed ones included"))
        .required("succeeded", JsonSchemas.integer("Rows finished ok"))
        .required("failed", JsonSchemas.integer("Rows finished with an error, cancelled included"))
        .required(
            "outcome_unknown",
            JsonSchemas.integer(
                "Rows whose change was sent but not answered: Duo may or may not have made it"))
        .required("created_at", JsonSchemas.dateTime("When it started"))
        .required("finished_at", nullable(JsonSchemas.dateTime("When it finished, else null")))
        .required("input", JsonSchemas.anyObject("The input, secrets redacted"))
        .required(
            "skipped",
            JsonSchemas.array(
                "Organizations of a tag or all_organizations that did not run (not mapped,"
                    + " mapping stale, keys missing): they have no rows",
                JsonSchemas.object()
                    .required("organization_id", JsonSchemas.string("The organization's id"))
                    .required("organization", JsonSchemas.string("The organization's name"))
                    .required("reason", JsonSchemas.string("Why it was skipped, and the fix"))
                    .build()))
        .required("rows", JsonSchemas.string("Where its rows are"))
        .build()
        .put("title", "Job");
  }

  static ObjectNode jobsSchema() {
    return JsonSchemas.object()
        .description("A page of jobs, most recent first")
        .required("jobs", JsonSchemas.array(jobSchema()))
        .required("offset", JsonSchemas.integer("Where this page starts"))
        .required("limit", JsonSchemas.integer("The page size asked for"))
        .required("next_offset", nullable(JsonSchemas.integer("The next page's offset, else null")))
        .build()
        .put("title", "JobList");
  }

  static ObjectNode rowsSchema() {
    ObjectNode row =
        JsonSchemas.object()
            .description("One organization's outcome; secrets in data are redacted")
            .required("index", JsonSchemas.integer("The organization's position in the job"))
            .required("organization_id", JsonSchemas.string("The organization's id"))
            .required("organization", JsonSchemas.string("The organization's name"))
            .required("ok", JsonSchemas.bool("Whether the action succeeded there"))
            .required("error_code", nullable(JsonSchemas.string("Our error code, else null")))
            .required("message", nullable(JsonSchemas.string("Why it failed, else null")))
            .required("duo_code", nullable(JsonSchemas.integer("Duo's error code, else null")))
            .required(
                "message_detail", nullable(JsonSchemas.string("Duo's message_detail, else null")))
            .required("duration_ms", JsonSchemas.integer("Wall time in milliseconds"))
            .required("finished_at", JsonSchemas.dateTime("When the row was stored"))
            .required(
                "data",
                NODES.objectNode().put("description", "The action's data, secrets redacted"))
            .build()
            .put("title", "JobRow");
    return JsonSchemas.object()
        .description("A page of a job's rows, in organization order")
        .required("job_id", JsonSchemas.string("The job id"))
        .required("rows", JsonSchemas.array(row))
        .required("offset", JsonSchemas.integer("Where this page starts"))
        .required("limit", JsonSchemas.integer("The page size asked for"))
        .required("total", JsonSchemas.integer("Rows stored so far"))
        .required("next_offset", nullable(JsonSchemas.integer("The next page's offset, else null")))
        .build()
        .put("title", "JobRowPage");
  }

  private static ObjectNode nullable(ObjectNode schema) {
    schema.set("type", NODES.arrayNode().add(schema.path("type").asText()).add("null"));
    return schema;
  }
}
