package io.duoctl.core.jobs;

/**
 * A job's live progress.
 *
 * @param done rows finished, failed ones included
 * @param failed rows finished with an error (cancelled ones included)
 */
public record JobProgress(String jobId, JobState state, int total, int done, int failed) {

  public int succeeded() {
    return done - failed;
  }
}
