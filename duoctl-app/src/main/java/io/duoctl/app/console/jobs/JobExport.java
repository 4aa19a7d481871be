package io.duoctl.app.console.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.core.results.OrganizationOutcome;
import io.duoctl.core.results.ResultCsv;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A job's rows as CSV (one line per item, see {@link ResultCsv}) or as one JSON document with the
 * job's summary. Rows come from the job store, so secrets are already redacted. Stateless.
 */
public final class JobExport {

  private JobExport() {}

  /** The rows as CSV with a header line: the same bytes as the REST API and the CLI export. */
  public static String csv(List<JobRow> rows) {
    return ResultCsv.ofJobRows(rows);
  }

  /** The job and its rows as one JSON document. */
  public static String json(JobSummary job, List<JobRow> rows) {
    ObjectNode out = ActionJson.object();
    JobProgress progress = job.progress();
    out.put("id", job.id())
        .put("action", job.actionId())
        .put("actor", job.actor())
        .put("dry_run", job.dryRun())
        .put("selection", job.selection())
        .put("state", progress.state().name())
        .put("total", progress.total())
        .put("done", progress.done())
        .put("failed", progress.failed())
        .put("outcome_unknown", progress.unknown())
        .put("created_at", job.createdAt().toString())
        .put("finished_at", job.finishedAt() == null ? null : job.finishedAt().toString());
    out.set("input", parse(job.input()));
    ArrayNode list = out.putArray("rows");
    for (JobRow row : rows) {
      ObjectNode line = list.addObject();
      line.put("index", row.index())
          .put("organization_id", row.organizationId())
          .put("organization", row.organization())
          .put("ok", row.ok())
          .put(
              "error_code",
              row.errorCode() == null ? null : OrganizationOutcome.code(row.errorCode()))
          .put("message", row.message())
          .put("duo_code", row.duoCode())
          .put("message_detail", row.messageDetail())
          .put("duration_ms", row.duration().toMillis())
          .put("finished_at", row.finishedAt().toString());
      line.set("data", row.data());
    }
    try {
      return ActionJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the job as JSON", e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return ActionJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      return ActionJson.mapper().getNodeFactory().textNode(json);
    }
  }
}
