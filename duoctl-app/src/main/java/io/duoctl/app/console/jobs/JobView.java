package io.duoctl.app.console.jobs;

import io.duoctl.app.console.Frame;
import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobState;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.core.vocabulary.WireNames;

/**
 * One job's page: the summary with its progress, and the first page of per-organization rows.
 *
 * @param running whether the page should keep polling
 * @param cancelled whether the operator just cancelled it
 */
public record JobView(
    Frame frame,
    JobSummary job,
    JobRowsView rows,
    boolean running,
    String state,
    String stateClass,
    boolean cancelled) {

  static JobView of(Frame frame, JobSummary job, JobRowsView rows, boolean cancelled) {
    JobProgress progress = job.progress();
    return new JobView(
        frame,
        job,
        rows,
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

  /** The organizations the job runs over, shortened when there are many. */
  public String over() {
    return JobsView.describe(job.selection(), job.progress().total());
  }

  public JobProgress progress() {
    return job.progress();
  }
}
