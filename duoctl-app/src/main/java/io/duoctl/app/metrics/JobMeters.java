package io.duoctl.app.metrics;

import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.jobs.JobObserver;
import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobState;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.core.vocabulary.WireNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * Counts the fan-out jobs this node starts and finishes, by end state, and their rows, by outcome.
 */
final class JobMeters implements JobObserver {
  static final List<String> ROW_OUTCOMES =
      List.of("succeeded", "failed", "outcome_unknown", "cancelled");

  private final MeterRegistry registry;
  private final Counter started;

  JobMeters(MeterRegistry registry) {
    this.registry = registry;
    this.started =
        Counter.builder("duoctl.jobs.started")
            .description("Fan-out jobs started on this node")
            .register(registry);
    for (JobState state : JobState.values()) {
      if (state.finished()) {
        finished(state);
      }
    }
    ROW_OUTCOMES.forEach(this::rows);
  }

  @Override
  public void jobStarted(JobSummary job) {
    started.increment();
  }

  @Override
  public void rowStored(JobRow row) {
    rows(outcome(row)).increment();
  }

  @Override
  public void jobFinished(JobProgress progress) {
    finished(progress.state()).increment();
  }

  private Counter finished(JobState state) {
    return Counter.builder("duoctl.jobs.finished")
        .description("Fan-out jobs finished on this node, by end state")
        .tag("state", WireNames.of(state))
        .register(registry);
  }

  private Counter rows(String outcome) {
    return Counter.builder("duoctl.job.rows")
        .description("Organizations' rows of fan-out jobs stored on this node, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  private static String outcome(JobRow row) {
    if (row.ok()) {
      return "succeeded";
    }
    if (row.errorCode() == ErrorCode.OUTCOME_UNKNOWN) {
      return "outcome_unknown";
    }
    return row.errorCode() == ErrorCode.CANCELLED ? "cancelled" : "failed";
  }
}
