package io.duoctl.core.audit;

import java.time.Instant;
import java.util.List;

/** A recorded change, as read back from the log. */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    AuditSubject subject,
    String subjectId,
    String action,
    List<AuditChange> changes) {
  public AuditEntry {
    changes = List.copyOf(changes);
  }
}
