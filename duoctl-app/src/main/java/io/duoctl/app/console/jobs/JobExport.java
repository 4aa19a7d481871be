package io.duoctl.app.console.jobs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.jobs.JobHistory;
import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.core.results.JobRowsCsv;
import io.duoctl.core.results.OrganizationOutcome;
import io.duoctl.core.results.ResultCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

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

  /** The stored rows of the job as CSV, written as they are read ({@link JobRowsCsv#write}). */
  public static void csv(JobHistory history, String jobId, Writer out) {
    JobRowsCsv.write(history, jobId, out);
  }

  /** The job and its rows as one JSON document. */
  public static String json(JobSummary job, List<JobRow> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(
        job,
        out,
        each ->
            rows.forEach(
                row ->
                    each.accept(
                        row.withData(null),
                        json -> {
                          if (row.data() == null) {
                            json.writeNull();
                          } else {
                            ActionJson.mapper().writeTree(json, row.data());
                          }
                        })));
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The job and its stored rows as one JSON document written to {@code out} as the rows are read,
   * each row's data copied from the store without a tree.
   */
  public static void json(JobSummary job, JobHistory history, OutputStream out) {
    write(
        job,
        out,
        each ->
            history.forEachRow(
                job.id(), -1, stored -> each.accept(stored.row(), stored::writeData)));
  }

  /** Writes a row's data as the generator's next value. */
  private interface DataWriter {
    void write(JsonGenerator json) throws IOException;
  }

  private static void write(
      JobSummary job, OutputStream out, Consumer<BiConsumer<JobRow, DataWriter>> rows) {
    ObjectNode head = ActionJson.object();
    JobProgress progress = job.progress();
    head.put("id", job.id())
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
    head.set("input", parse(job.input()));
    try (JsonGenerator json =
        ActionJson.mapper()
            .getFactory()
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .useDefaultPrettyPrinter()) {
      json.writeStartObject();
      fields(json, head);
      json.writeArrayFieldStart("rows");
      rows.accept((row, data) -> writeRow(json, row, data));
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the job as JSON", e);
    }
  }

  private static void writeRow(JsonGenerator json, JobRow row, DataWriter data) {
    ObjectNode line = ActionJson.object();
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
    try {
      json.writeStartObject();
      fields(json, line);
      json.writeFieldName("data");
      data.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the job as JSON", e);
    }
  }

  private static void fields(JsonGenerator json, ObjectNode object) throws IOException {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      json.writeFieldName(field.getKey());
      json.writeTree(field.getValue());
    }
  }

  private static JsonNode parse(String json) {
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
