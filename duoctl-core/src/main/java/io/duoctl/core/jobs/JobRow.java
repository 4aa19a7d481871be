package io.duoctl.core.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ErrorCode;
import java.time.Duration;
import java.time.Instant;

/**
 * One organization's outcome in a job, as stored: secrets already redacted from {@code data}.
 *
 * @param index the organization's position in the job
 * @param data the action's data with secrets redacted, or null on failure
 */
public record JobRow(
    String jobId,
    int index,
    String organizationId,
    String organization,
    boolean ok,
    ErrorCode errorCode,
    String message,
    Integer duoCode,
    String messageDetail,
    JsonNode data,
    Duration duration,
    Instant finishedAt) {

  /** This row with {@code data} instead of its own. */
  public JobRow withData(JsonNode data) {
    return new JobRow(
        jobId,
        index,
        organizationId,
        organization,
        ok,
        errorCode,
        message,
        duoCode,
        messageDetail,
        data,
        duration,
        finishedAt);
  }
}
