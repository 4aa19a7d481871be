package io.duoctl.core.audit;

import java.time.Instant;

/**
 * A filter and page over the audit log; null filter fields match everything. Results come newest
 * first.
 *
 * @param from inclusive lower bound on the time, or null
 * @param to exclusive upper bound on the time, or null
 * @param workflowRun only the entries of the actions this workflow run ran (by its id), or null
 * @param offset entries to skip (0 or more)
 * @param limit page size, 1 to {@value #MAX_LIMIT}
 */
public record AuditQuery(
    String actor,
    AuditSubject subject,
    String subjectId,
    String action,
    Instant from,
    Instant to,
    String workflowRun,
    int offset,
    int limit) {
  public static final int MAX_LIMIT = 1000;
  public static final int DEFAULT_LIMIT = 100;

  public AuditQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }

  /** The first page of everything. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null, null, 0, DEFAULT_LIMIT);
  }

  public AuditQuery withActor(String value) {
    return new AuditQuery(value, subject, subjectId, action, from, to, workflowRun, offset, limit);
  }

  public AuditQuery withSubject(AuditSubject kind, String id) {
    return new AuditQuery(actor, kind, id, action, from, to, workflowRun, offset, limit);
  }

  public AuditQuery withAction(String value) {
    return new AuditQuery(actor, subject, subjectId, value, from, to, workflowRun, offset, limit);
  }

  /**
   * Only the entries of the actions the workflow run {@code runId} ran (their note names it, see
   * {@link AuditLog#workflowRunNote}); null for any.
   */
  public AuditQuery withWorkflowRun(String runId) {
    return new AuditQuery(actor, subject, subjectId, action, from, to, runId, offset, limit);
  }

  public AuditQuery between(Instant fromInclusive, Instant toExclusive) {
    return new AuditQuery(
        actor, subject, subjectId, action, fromInclusive, toExclusive, workflowRun, offset, limit);
  }

  public AuditQuery page(int pageOffset, int pageLimit) {
    return new AuditQuery(
        actor, subject, subjectId, action, from, to, workflowRun, pageOffset, pageLimit);
  }
}
