package io.duoctl.core.jobs;

/**
 * Hears of every fan-out job this node starts or finishes and of each row it stores, e.g. to count
 * them. A job resumed from a node that stopped is finished, not started, here. Called from the
 * jobs' threads, so concurrently; implementations are quick and do not throw.
 */
public interface JobObserver {

  /** Hears nothing. */
  JobObserver NONE = new JobObserver() {};

  /** {@code job} was stored and its organizations are about to run. */
  default void jobStarted(JobSummary job) {}

  /** One organization's row was stored (secrets already redacted). */
  default void rowStored(JobRow row) {}

  /** The job ended as {@code progress} says and was stored so. */
  default void jobFinished(JobProgress progress) {}
}
