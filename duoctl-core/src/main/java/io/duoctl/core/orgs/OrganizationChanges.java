package io.duoctl.core.orgs;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Runs one change to an existing organization as a transaction that also appends its audit. */
final class OrganizationChanges {
  interface Change {
    /** Applies the change and returns what changed (secrets redacted). */
    List<AuditChange> apply(Handle handle, Organization before);
  }

  private final Jdbi jdbi;
  private final OrganizationStore store;
  private final AuditLog audit;
  private final Clock clock;

  OrganizationChanges(Jdbi jdbi, OrganizationStore store, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  Organization change(String id, String actor, String action, Change change) {
    return jdbi.inTransaction(handle -> changeWithin(handle, id, actor, action, change));
  }

  /** Applies {@code change} in the caller's transaction. */
  Organization changeWithin(Handle handle, String id, String actor, String action, Change change) {
    Organization before = require(handle, id);
    List<AuditChange> changes = change.apply(handle, before);
    append(handle, actor, id, action, changes);
    return store.find(handle, id).orElseThrow();
  }

  Organization require(Handle handle, String id) {
    return store
        .find(handle, id)
        .orElseThrow(
            () ->
                new OrganizationNotFoundException(
                    "no organization with id " + OrganizationRules.quoted(id)));
  }

  void append(Handle handle, String actor, String id, String action, List<AuditChange> changes) {
    audit.append(handle, new AuditEvent(actor, AuditSubject.ORGANIZATION, id, action, changes));
  }

  Instant now() {
    return SqlTimes.truncate(clock.instant());
  }
}
