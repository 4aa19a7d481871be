package io.duoctl.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.db.SqlTimes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The append-only log of changes to settings, organizations and mapping. It offers no way to change
 * or remove an entry. Services append inside their own transaction so an entry exists if and only
 * if its change was committed. Thread-safe.
 */
public final class AuditLog {
  private static final String RUN_PREFIX = "run:";
  private static final String WORKFLOW_RUN_NOTE = "workflow run ";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<AuditChange>> CHANGES = new TypeReference<>() {};

  private final Jdbi jdbi;
  private final Clock clock;

  public AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Records {@code event} within {@code handle}'s transaction, stamped with the clock's now. Any
   * event is recorded, whatever its size: texts longer than their column keep their start and a "…"
   * marker, and changes past an entry's room are counted in a last {@link
   * AuditChange#TRUNCATED_FIELD} change.
   */
  public void append(Handle handle, AuditEvent event) {
    handle
        .createUpdate(
            """
            INSERT INTO audit_event (occurred_at, actor, subject_type, subject_id, action, changes)
            VALUES (:at, :actor, :subject, :subjectId, :action, :changes)
            """)
        .bind("at", SqlTimes.toDb(clock.instant()))
        .bind("actor", AuditFit.column(event.actor(), AuditFit.MAX_ACTOR))
        .bind("subject", event.subject().name())
        .bind("subjectId", AuditFit.column(event.subjectId(), AuditFit.MAX_SUBJECT_ID))
        .bind("action", AuditFit.column(event.action(), AuditFit.MAX_ACTION))
        .bind("changes", toJson(AuditFit.changes(event.changes(), AuditLog::jsonLength)))
        .execute();
  }

  /** Records {@code event} in a transaction of its own, as {@link #append(Handle, AuditEvent)}. */
  public void append(AuditEvent event) {
    jdbi.useHandle(handle -> append(handle, event));
  }

  /**
   * The action recorded for a run of the catalog action {@code actionId}, e.g. {@code
   * run:users.update}. A query for an action id finds its runs too.
   */
  public static String runAction(String actionId) {
    return RUN_PREFIX + actionId;
  }

  /**
   * The note on the audit entry of an action that step {@code stepKey} of workflow run {@code
   * runId} ran, e.g. {@code workflow run 0b9c…, step offboard[3]/phones[0]}; {@link
   * AuditQuery#withWorkflowRun} finds the entries by it.
   */
  public static String workflowRunNote(String runId, String stepKey) {
    return WORKFLOW_RUN_NOTE + runId + ", step " + stepKey;
  }

  /** One page of entries matching {@code query}, newest first. */
  public AuditPage find(AuditQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    addFilter(where, params, "actor", "actor = :actor", query.actor());
    addFilter(
        where,
        params,
        "subject",
        "subject_type = :subject",
        query.subject() == null ? null : query.subject().name());
    addFilter(where, params, "subjectId", "subject_id = :subjectId", query.subjectId());
    if (query.action() != null) {
      where.append(" AND action IN (:action, :runAction)");
      params.put("action", query.action());
      params.put("runAction", runAction(query.action()));
    }
    if (query.workflowRun() != null) {
      // the note is the value of a change in the entry's JSON: "workflow run ID, step KEY"
      where.append(" AND changes LIKE :workflowRun ESCAPE '!'");
      params.put(
          "workflowRun", "%\"" + likeLiteral(workflowRunNote(query.workflowRun(), "")) + "%");
    }
    addFilter(
        where,
        params,
        "from",
        "occurred_at >= :from",
        query.from() == null ? null : SqlTimes.toDb(query.from()));
    addFilter(
        where,
        params,
        "to",
        "occurred_at < :to",
        query.to() == null ? null : SqlTimes.toDb(query.to()));
    return jdbi.withHandle(
        handle -> {
          Query count = handle.createQuery("SELECT COUNT(*) FROM audit_event" + where);
          params.forEach(count::bind);
          long total = count.mapTo(Long.class).one();
          Query page =
              handle.createQuery(
                  "SELECT * FROM audit_event"
                      + where
                      + " ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY");
          params.forEach(page::bind);
          List<AuditEntry> entries =
              page.bind("offset", query.offset())
                  .bind("limit", query.limit())
                  .map(
                      (rs, ctx) ->
                          new AuditEntry(
                              rs.getLong("id"),
                              SqlTimes.instant(rs, "occurred_at"),
                              rs.getString("actor"),
                              AuditSubject.valueOf(rs.getString("subject_type")),
                              rs.getString("subject_id"),
                              rs.getString("action"),
                              fromJson(rs.getString("changes"))))
                  .list();
          return new AuditPage(entries, total, query.offset(), query.limit());
        });
  }

  private static void addFilter(
      StringBuilder where, Map<String, Object> params, String name, String sql, Object value) {
    if (value != null) {
      where.append(" AND ").append(sql);
      params.put(name, value);
    }
  }

  /** {@code text} matching itself in a LIKE pattern with the escape character {@code !}. */
  private static String likeLiteral(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static int jsonLength(Object value) {
    return toJson(value).length();
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write audit changes as JSON", e);
    }
  }

  private static List<AuditChange> fromJson(String json) {
    try {
      return new ArrayList<>(JSON.readValue(json, CHANGES));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored audit changes are not valid JSON", e);
    }
  }
}
