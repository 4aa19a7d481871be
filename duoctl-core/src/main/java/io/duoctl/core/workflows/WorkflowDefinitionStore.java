package io.duoctl.core.workflows;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The workflows the MSP wrote, as their YAML text by name, with an audit entry per change.
 * Thread-safe: every method takes its own handle.
 */
public final class WorkflowDefinitionStore {

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public WorkflowDefinitionStore(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  /** Stores {@code yaml} as {@code definition}'s text, replacing an earlier version. */
  void save(WorkflowDefinition definition, String yaml, String actor) {
    jdbi.useTransaction(
        h -> {
          Optional<Integer> before =
              h.createQuery("SELECT version FROM workflow_definition WHERE name = :name")
                  .bind("name", definition.name())
                  .mapTo(Integer.class)
                  .findOne();
          h.createUpdate("DELETE FROM workflow_definition WHERE name = :name")
              .bind("name", definition.name())
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO workflow_definition (name, version, definition, saved_by, saved_at)
                  VALUES (:name, :version, :definition, :actor, :at)
                  """)
              .bind("name", definition.name())
              .bind("version", definition.version())
              .bind("definition", yaml)
              .bind("actor", actor)
              .bind("at", SqlTimes.toDb(clock.instant()))
              .execute();
          audit.append(
              h,
              new AuditEvent(
                  actor,
                  AuditSubject.WORKFLOW,
                  definition.name(),
                  before.isPresent() ? "updated" : "created",
                  List.of(
                      AuditChange.of(
                          "version",
                          before.map(String::valueOf).orElse(null),
                          definition.version()))));
        });
  }

  /** Removes the saved workflow {@code name}; false when there was none. */
  boolean delete(String name, String actor) {
    return jdbi.inTransaction(
        h -> {
          int deleted =
              h.createUpdate("DELETE FROM workflow_definition WHERE name = :name")
                  .bind("name", name)
                  .execute();
          if (deleted == 1) {
            audit.append(
                h, new AuditEvent(actor, AuditSubject.WORKFLOW, name, "deleted", List.of()));
          }
          return deleted == 1;
        });
  }

  /** The saved workflows' YAML by name, in name order. */
  Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT name, definition FROM workflow_definition ORDER BY name")
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("definition")))
                .forEach(e -> texts.put(e.getKey(), e.getValue())));
    return texts;
  }
}
