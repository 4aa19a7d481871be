package io.duoctl.core.logexport.rules;

import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.ExportedEventJson;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The SQL of rule firings and of the events counted towards windows; in the caller's handle. */
final class FiringStore {
  private static final RowMapper<Firing> MAPPER =
      (rs, ctx) ->
          new Firing(
              rs.getString("rule_id"),
              rs.getString("firing_key"),
              rs.getString("firing_id"),
              rs.getString("organization_id"),
              rs.getString("event_key"),
              rs.getString("group_hash"),
              rs.getObject("window_end") == null ? null : SqlTimes.instant(rs, "window_end"),
              Firing.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
              rs.getString("payload"),
              rs.getInt("attempts"));

  /** A counted event: its key, time and exported JSON. */
  record Counted(String eventKey, Instant occurredAt, String json) {}

  private FiringStore() {}

  static Optional<Firing> find(Handle handle, String ruleId, String key) {
    return handle
        .createQuery("SELECT * FROM log_rule_firing WHERE rule_id = :rule AND firing_key = :key")
        .bind("rule", ruleId)
        .bind("key", key)
        .map(MAPPER)
        .findOne();
  }

  /** Every firing of a rule, oldest first. */
  static List<Firing> all(Handle handle, String ruleId) {
    return handle
        .createQuery(
            "SELECT * FROM log_rule_firing WHERE rule_id = :rule ORDER BY created_at, firing_key")
        .bind("rule", ruleId)
        .map(MAPPER)
        .list();
  }

  static void insert(Handle handle, Firing firing, Instant now) {
    handle
        .createUpdate(
            """
            INSERT INTO log_rule_firing (rule_id, firing_key, firing_id, organization_id,
              event_key, group_hash, window_end, state, payload, attempts, created_at, updated_at)
            VALUES (:rule, :key, :id, :org, :eventKey, :groupHash, :windowEnd, :state, :payload,
              0, :now, :now)
            """)
        .bind("rule", firing.ruleId())
        .bind("key", firing.key())
        .bind("id", firing.id())
        .bind("org", firing.organizationId())
        .bind("eventKey", firing.eventKey())
        .bind("groupHash", firing.groupHash())
        .bind("windowEnd", firing.windowEnd() == null ? null : SqlTimes.toDb(firing.windowEnd()))
        .bind("state", state(firing.state()))
        .bind("payload", firing.payload())
        .bind("now", SqlTimes.toDb(now))
        .execute();
  }

  /** Records an attempt's outcome: the new state, and the error when it failed. */
  static void attempted(
      Handle handle, Firing firing, Firing.State state, String error, Instant now) {
    handle
        .createUpdate(
            """
            UPDATE log_rule_firing SET state = :state, attempts = attempts + 1,
              last_error = :error, updated_at = :now
            WHERE rule_id = :rule AND firing_key = :key
            """)
        .bind("state", state(state))
        .bind("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
        .bind("now", SqlTimes.toDb(now))
        .bind("rule", firing.ruleId())
        .bind("key", firing.key())
        .execute();
  }

  /** How many firings of a rule, suppressed ones aside, were recorded since {@code since}. */
  static int countSince(Handle handle, String ruleId, Instant since) {
    return handle
        .createQuery(
            """
            SELECT COUNT(*) FROM log_rule_firing
            WHERE rule_id = :rule AND created_at >= :since AND state <> 'suppressed'
            """)
        .bind("rule", ruleId)
        .bind("since", SqlTimes.toDb(since))
        .mapTo(Integer.class)
        .one();
  }

  /** Whether a firing of the group completed its window at or after {@code since}. */
  static boolean firedSince(Handle handle, String ruleId, String groupHash, Instant since) {
    return handle
            .createQuery(
                """
            SELECT COUNT(*) FROM log_rule_firing
            WHERE rule_id = :rule AND group_hash = :group AND window_end >= :since
            """)
            .bind("rule", ruleId)
            .bind("group", groupHash)
            .bind("since", SqlTimes.toDb(since))
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /** Counts {@code event} towards its group's windows, once however often it is delivered. */
  static void count(Handle handle, String ruleId, String groupHash, ExportedEvent event) {
    boolean known =
        handle
                .createQuery(
                    "SELECT COUNT(*) FROM log_rule_match WHERE rule_id = :rule AND event_key = :key")
                .bind("rule", ruleId)
                .bind("key", event.key())
                .mapTo(Integer.class)
                .one()
            > 0;
    if (known) {
      return;
    }
    handle
        .createUpdate(
            """
            INSERT INTO log_rule_match (rule_id, event_key, organization_id, group_hash,
              occurred_at, event_json)
            VALUES (:rule, :key, :org, :group, :at, :json)
            """)
        .bind("rule", ruleId)
        .bind("key", event.key())
        .bind("org", event.organizationId())
        .bind("group", groupHash)
        .bind("at", SqlTimes.toDb(event.timestamp()))
        .bind("json", ExportedEventJson.line(event))
        .execute();
  }

  /** The group's counted events with timestamps from {@code from} to {@code to}, oldest first. */
  static List<Counted> window(
      Handle handle, String ruleId, String groupHash, Instant from, Instant to) {
    return handle
        .createQuery(
            """
            SELECT event_key, occurred_at, event_json FROM log_rule_match
            WHERE rule_id = :rule AND group_hash = :group
              AND occurred_at >= :from AND occurred_at <= :to
            ORDER BY occurred_at, event_key
            """)
        .bind("rule", ruleId)
        .bind("group", groupHash)
        .bind("from", SqlTimes.toDb(from))
        .bind("to", SqlTimes.toDb(to))
        .map(
            (rs, ctx) ->
                new Counted(
                    rs.getString("event_key"),
                    SqlTimes.instant(rs, "occurred_at"),
                    rs.getString("event_json")))
        .list();
  }

  /** Forgets a rule's counted events older than {@code before}: no window can reach them. */
  static void forgetBefore(Handle handle, String ruleId, Instant before) {
    handle
        .createUpdate("DELETE FROM log_rule_match WHERE rule_id = :rule AND occurred_at < :before")
        .bind("rule", ruleId)
        .bind("before", SqlTimes.toDb(before))
        .execute();
  }

  private static String state(Firing.State state) {
    return state.name().toLowerCase(Locale.ROOT);
  }
}
