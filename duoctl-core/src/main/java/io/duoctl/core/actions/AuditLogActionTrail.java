package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes runs to the shared {@link AuditLog} as {@link AuditSubject#ACTION} events: subject id the
 * organization, action {@code run:<action id>}, one change per input field and the outcome.
 */
public final class AuditLogActionTrail implements ActionAuditTrail {

  private static final int MAX_VALUE = 500;

  private final Jdbi jdbi;
  private final AuditLog audit;

  public AuditLogActionTrail(Jdbi jdbi, AuditLog audit) {
    this.jdbi = jdbi;
    this.audit = audit;
  }

  @Override
  public void record(ActionRun run) {
    jdbi.useHandle(handle -> record(handle, run, null));
  }

  @Override
  public void record(Handle handle, ActionRun run, String note) {
    List<AuditChange> changes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : run.redactedInput().properties()) {
      changes.add(AuditChange.of("input." + e.getKey(), null, shorten(text(e.getValue()))));
    }
    changes.add(AuditChange.of("organization", null, shorten(run.organization())));
    changes.add(AuditChange.of("outcome", null, run.ok() ? "ok" : "failed"));
    if (run.errorCode() != null) {
      changes.add(AuditChange.of("error_code", null, run.errorCode()));
    }
    if (run.duoCode() != null) {
      changes.add(AuditChange.of("duo_code", null, run.duoCode()));
    }
    changes.add(AuditChange.of("duration_ms", null, run.duration().toMillis()));
    if (run.dryRun()) {
      changes.add(AuditChange.of("dry_run", null, true));
    }
    run.jobId().ifPresent(id -> changes.add(AuditChange.of("job_id", null, id)));
    if (note != null) {
      changes.add(AuditChange.of("note", null, note));
    }
    AuditEvent event =
        new AuditEvent(
            run.actor(),
            AuditSubject.ACTION,
            run.organizationId(),
            AuditLog.runAction(run.action()),
            changes);
    audit.append(handle, event);
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  private static String shorten(String value) {
    return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…";
  }
}
