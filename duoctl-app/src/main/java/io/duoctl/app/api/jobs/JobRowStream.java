package io.duoctl.app.api.jobs;

import com.fasterxml.jackson.core.JsonGenerator;
import io.duoctl.app.api.ApiStream;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.jobs.JobHistory;
import io.duoctl.core.jobs.JobState;
import io.duoctl.core.results.JobRowsCsv;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A job's rows as a stream that follows the job until it ends: NDJSON or CSV. */
final class JobRowStream {

  static final String NDJSON = "application/x-ndjson";
  private static final Duration POLL = Duration.ofMillis(200);

  private JobRowStream() {}

  /** One row object per line, each flushed as soon as it is stored. */
  static ApiStream ndjson(JobHistory history, String jobId) {
    return new ApiStream(
        NDJSON + "; charset=utf-8",
        out -> {
          try (JsonGenerator json =
              ActionJson.mapper()
                  .getFactory()
                  .createGenerator(out)
                  .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            history.followRows(
                jobId,
                POLL,
                row -> {
                  try {
                    JobJson.writeRow(json, row);
                    json.writeRaw('\n');
                    json.flush();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
          }
        });
  }

  /**
   * One line per item: of a finished job, every column ({@link JobRowsCsv#write}); of a running
   * one, each row's lines as it is stored ({@link JobRowsCsv#follow}).
   */
  static ApiStream csv(JobHistory history, String jobId) {
    return new ApiStream(
        "text/csv; charset=utf-8",
        out -> {
          Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          boolean running =
              history.find(jobId).map(j -> j.progress().state() == JobState.RUNNING).orElse(false);
          if (running) {
            JobRowsCsv.follow(history, jobId, POLL, text);
          } else {
            JobRowsCsv.write(history, jobId, text);
          }
          text.flush();
        });
  }
}
