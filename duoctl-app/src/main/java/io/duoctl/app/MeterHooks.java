package io.duoctl.app;

import io.duoctl.client.http.Exchange;
import io.duoctl.client.http.ExchangeObserver;
import io.duoctl.core.jobs.JobObserver;
import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.core.workflows.runs.RunObserver;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.WorkflowRun;

/**
 * Hands what the engine observes (Duo exchanges, jobs, workflow runs) to a node's meters once
 * {@link Duoctl#metrics()} made them, and drops it before, so a CLI command builds no meters.
 * Thread-safe.
 */
final class MeterHooks implements ExchangeObserver, JobObserver, RunObserver {
  private volatile ExchangeObserver exchanges = ExchangeObserver.NONE;
  private volatile JobObserver jobs = JobObserver.NONE;
  private volatile RunObserver runs = RunObserver.NONE;

  /** From now on, everything observed goes to these. */
  void attach(ExchangeObserver exchangeMeters, JobObserver jobMeters, RunObserver runMeters) {
    this.exchanges = exchangeMeters;
    this.jobs = jobMeters;
    this.runs = runMeters;
  }

  @Override
  public void exchanged(Exchange exchange) {
    exchanges.exchanged(exchange);
  }

  @Override
  public void jobStarted(JobSummary job) {
    jobs.jobStarted(job);
  }

  @Override
  public void rowStored(JobRow row) {
    jobs.rowStored(row);
  }

  @Override
  public void jobFinished(JobProgress progress) {
    jobs.jobFinished(progress);
  }

  @Override
  public void runStarted(WorkflowRun run) {
    runs.runStarted(run);
  }

  @Override
  public void stepFinished(StepRun step) {
    runs.stepFinished(step);
  }

  @Override
  public void runFinished(WorkflowRun run) {
    runs.runFinished(run);
  }
}
