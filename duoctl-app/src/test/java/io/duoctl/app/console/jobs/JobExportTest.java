package io.duoctl.app.console.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobState;
import io.duoctl.core.jobs.JobSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobExportTest {

  private static final Instant AT = Instant.parse("2026-11-28T21:00:00Z");
  private static final List<JobRow> ROWS =
      List.of(
          new JobRow(
              "j1",
              0,
              "o-1",
              "Acme, Inc.",
              true,
              null,
              null,
              null,
              null,
              ActionJson.object().put("user_id", "DU1").put("codes", "[redacted]"),
              Duration.ofMillis(42),
              AT),
          new JobRow(
              "j1",
              1,
              "o-2",
              "Globex",
              false,
              ErrorCode.DUO_ERROR,
              "Resource not found",
              40401,
              "user \"x\"",
              null,
              Duration.ofMillis(7),
              AT));

  @Test
  void csv_hasOneLinePerItemWithQuotedCommasAndTheDuoMessage() throws Exception {
    String csv = JobExport.csv(ROWS);

    MappingIterator<Map<String, String>> lines =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv);
    List<Map<String, String>> read = lines.readAll();
    assertThat(read).hasSize(2);
    assertThat(read.get(0))
        .containsEntry("organization", "Acme, Inc.")
        .containsEntry("ok", "true")
        .containsEntry("user_id", "DU1")
        .containsEntry("codes", "[redacted]");
    assertThat(read.get(1))
        .containsEntry("ok", "false")
        .containsEntry("error.code", "duo_error")
        .containsEntry("error.message", "Resource not found")
        .containsEntry("error.duo_code", "40401")
        .containsEntry("error.message_detail", "user \"x\"")
        .containsEntry("user_id", "");
  }

  @Test
  void json_holdsTheSummaryAndEveryRow() throws Exception {
    JobSummary job =
        new JobSummary(
            "j1",
            "users.get",
            "console:alice",
            false,
            "orgs:Acme, Inc.,Globex",
            "{\"user\":\"jdoe\"}",
            new JobProgress("j1", JobState.PARTIAL, 2, 2, 1),
            AT,
            AT.plusSeconds(3));

    JsonNode json = ActionJson.mapper().readTree(JobExport.json(job, ROWS));

    assertThat(json.path("state").asText()).isEqualTo("PARTIAL");
    assertThat(json.path("input").path("user").asText()).isEqualTo("jdoe");
    assertThat(json.path("actor").asText()).isEqualTo("console:alice");
    assertThat(json.path("rows")).hasSize(2);
    assertThat(json.path("rows").get(1).path("duo_code").asInt()).isEqualTo(40401);
    assertThat(json.path("rows").get(1).path("error_code").asText()).isEqualTo("duo_error");
    assertThat(json.path("rows").get(0).path("data").path("user_id").asText()).isEqualTo("DU1");
    assertThat(json.path("finished_at").asText()).isEqualTo("2026-11-28T21:00:03Z");
  }
}
