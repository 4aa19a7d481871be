package io.duoctl.core.mapping;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.orgs.Organization;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The audit record of one mapping change. */
final class MappingAudit {
  private MappingAudit() {}

  static void append(
      AuditLog audit,
      Handle handle,
      String actor,
      Organization org,
      String action,
      String before,
      String after) {
    audit.append(
        handle,
        new AuditEvent(
            actor,
            AuditSubject.MAPPING,
            org.id(),
            action,
            List.of(
                AuditChange.of("organization", null, org.name()),
                AuditChange.of("duo_account_id", before, after))));
  }
}
