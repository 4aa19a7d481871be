package io.duoctl.app.api.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.duoctl.app.api.actions.ResultJson;
import io.duoctl.core.jobs.JobRow;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A job's rows as CSV, one line per organization, the data as compact JSON. */
final class JobRowsCsv {

  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema SCHEMA =
      CsvSchema.builder()
          .addColumn("index")
          .addColumn("organization_id")
          .addColumn("organization")
          .addColumn("ok")
          .addColumn("error_code")
          .addColumn("message")
          .addColumn("duo_code")
          .addColumn("message_detail")
          .addColumn("duration_ms")
          .addColumn("finished_at")
          .addColumn("data")
          .build()
          .withHeader();

  private JobRowsCsv() {}

  static String of(List<JobRow> rows) {
    List<List<String>> lines = new ArrayList<>();
    for (JobRow row : rows) {
      lines.add(
          List.of(
              String.valueOf(row.index()),
              text(row.organizationId()),
              text(row.organization()),
              String.valueOf(row.ok()),
              row.errorCode() == null ? "" : ResultJson.code(row.errorCode()),
              text(row.message()),
              row.duoCode() == null ? "" : String.valueOf(row.duoCode()),
              text(row.messageDetail()),
              String.valueOf(row.duration().toMillis()),
              row.finishedAt() == null ? "" : row.finishedAt().toString(),
              row.data() == null ? "" : row.data().toString()));
    }
    try {
      return CSV.writer(SCHEMA).writeValueAsString(lines);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
