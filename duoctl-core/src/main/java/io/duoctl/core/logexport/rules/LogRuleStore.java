package io.duoctl.core.logexport.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.db.SqlTimes;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The SQL of stored log rules; in the caller's transaction. Never holds a secret. */
final class LogRuleStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final RowMapper<LogRule> MAPPER =
      (rs, ctx) -> {
        LogRuleDraft draft;
        try {
          draft = LogRuleReader.read(JSON.readTree(rs.getString("definition")));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("stored log rule is not JSON", e);
        }
        return new LogRule(
            rs.getString("id"),
            rs.getString("name"),
            rs.getBoolean("enabled"),
            draft.condition(),
            draft.aggregation(),
            draft.maxPerHour(),
            draft.action(),
            rs.getBoolean("secret_set"),
            SqlTimes.instant(rs, "created_at"),
            rs.getString("created_by"));
      };

  private LogRuleStore() {}

  static void insert(Handle handle, LogRule rule) {
    handle
        .createUpdate(
            """
            INSERT INTO log_rule (id, name, enabled, definition, secret_set, created_at, created_by)
            VALUES (:id, :name, :enabled, :definition, :secretSet, :createdAt, :createdBy)
            """)
        .bind("id", rule.id())
        .bind("name", rule.name())
        .bind("enabled", rule.enabled())
        .bind("definition", LogRuleReader.write(rule).toString())
        .bind("secretSet", rule.secretSet())
        .bind("createdAt", SqlTimes.toDb(rule.createdAt()))
        .bind("createdBy", rule.createdBy())
        .execute();
  }

  static List<LogRule> all(Handle handle) {
    return handle.createQuery("SELECT * FROM log_rule ORDER BY name").map(MAPPER).list();
  }

  static Optional<LogRule> find(Handle handle, String name) {
    return handle
        .createQuery("SELECT * FROM log_rule WHERE name = :name")
        .bind("name", name)
        .map(MAPPER)
        .findOne();
  }

  static void setEnabled(Handle handle, String id, boolean enabled) {
    handle
        .createUpdate("UPDATE log_rule SET enabled = :enabled WHERE id = :id")
        .bind("enabled", enabled)
        .bind("id", id)
        .execute();
  }

  static void delete(Handle handle, String id) {
    handle.createUpdate("DELETE FROM log_rule WHERE id = :id").bind("id", id).execute();
  }
}
