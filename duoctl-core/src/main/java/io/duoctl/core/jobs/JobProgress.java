package io.duoctl.core.jobs;

/**
 * A job's live progress.
 *
 * @param done rows finished, failed and unknown ones included
 * @param failed rows finished with an error (cancelled ones included), not counting {@code unknown}
 * @param unknown rows whose change was sent but whose outcome at Duo is unknown ({@code
 *     outcome_unknown}): neither succeeded nor failed
 */
public record JobProgress(
    String jobId, JobState state, int total, int done, int failed, int unknown) {

  /** Progress without rows of unknown outcome. */
  public JobProgress(String jobId, JobState state, int total, int done, int failed) {
    this(jobId, state, total, done, failed, 0);
  }

  public int succeeded() {
    return done - failed - unknown;
  }
}
