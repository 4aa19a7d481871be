package io.duoctl.core.audit;

import java.util.List;
import java.util.Objects;

/**
 * A change about to be recorded: who did what to which subject.
 *
 * @param actor who made the change (CLI user, API token name); never blank
 * @param subject the kind of thing changed
 * @param subjectId its id (configuration name, organization id, or the reference a caller typed
 *     when none matched); {@link AuditLog#append} fits it to its column
 * @param action a verb such as {@code created}, {@code renamed}, {@code mapping.applied}
 * @param changes the changed fields, secrets already redacted
 */
public record AuditEvent(
    String actor,
    AuditSubject subject,
    String subjectId,
    String action,
    List<AuditChange> changes) {
  public AuditEvent {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("actor must name who made the change");
    }
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(action, "action");
    changes = List.copyOf(changes);
  }
}
