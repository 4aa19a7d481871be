package io.duoctl.app.console.jobs;

import io.duoctl.app.console.Frame;
import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobState;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.core.vocabulary.WireNames;
import java.util.List;

/**
 * One job's page: summary, progress and per-organization rows.
 *
 * @param running whether the page should keep polling
 * @param cancelled whether the operator just cancelled it
 */
public record JobView(
    Frame frame,
    JobSummary job,
    List<Row> rows,
    boolean running,
    String state,
    String stateClass,
    boolean cancelled) {

  /** One organization's outcome. */
  public record Row(
      String organization,
      boolean ok,
      String errorCode,
      String message,
      Integer duoCode,
      String messageDetail,
      long millis) {}

  static JobView of(Frame frame, JobSummary job, List<JobRow> rows, boolean cancelled) {
    JobProgress progress = job.progress();
    return new JobView(
        frame,
        job,
        rows.stream()
            .map(
                r ->
                    new Row(
                        r.organization(),
                        r.ok(),
                        r.errorCode() == null ? null : WireNames.of(r.errorCode()),
                        r.message(),
                        r.duoCode(),
                        r.messageDetail(),
                        r.duration().toMillis()))
            .toList(),
        progress.state() == JobState.RUNNING,
        WireNames.of(progress.state()),
        stateClass(progress),
        cancelled);
  }

  static String stateClass(JobProgress progress) {
    return switch (progress.state()) {
      case SUCCEEDED -> "ok";
      case RUNNING -> "none";
      default -> "bad";
    };
  }

  public JobProgress progress() {
    return job.progress();
  }
}
