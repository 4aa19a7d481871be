package io.duoctl.core.workflows.schedules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.db.SqlTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The SQL of schedules and their launches; in the caller's transaction. The next due time is read
 * from db-scheduler's {@code scheduled_tasks} row of the schedule.
 */
final class ScheduleStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SELECT =
      """
      SELECT s.*, t.execution_time AS next_run_at FROM workflow_schedule s
      LEFT JOIN scheduled_tasks t
        ON t.task_name = '%s' AND t.task_instance = s.id
      """
          .formatted(ScheduleTask.NAME);

  private static final RowMapper<ScheduleLaunch> LAUNCH =
      (rs, ctx) ->
          new ScheduleLaunch(
              SqlTimes.instant(rs, "due_at"),
              LaunchOutcome.valueOf(rs.getString("outcome")),
              rs.getString("node"),
              SqlTimes.instant(rs, "started_at"),
              Optional.ofNullable(SqlTimes.instant(rs, "finished_at")),
              Optional.ofNullable(rs.getString("run_id")),
              Optional.ofNullable(rs.getString("error")));

  private ScheduleStore() {}

  private static RowMapper<Schedule> mapper(Map<String, ScheduleLaunch> lastLaunches) {
    return (rs, ctx) -> {
      String id = rs.getString("id");
      return new Schedule(
          id,
          rs.getString("name"),
          rs.getString("workflow"),
          readInputs(rs.getString("inputs")),
          rs.getString("cron"),
          ZoneId.of(rs.getString("time_zone")),
          Optional.ofNullable(rs.getString("configuration_name")),
          rs.getBoolean("enabled"),
          rs.getBoolean("confirmed"),
          rs.getString("created_by"),
          SqlTimes.instant(rs, "created_at"),
          SqlTimes.instant(rs, "updated_at"),
          Optional.ofNullable(SqlTimes.instant(rs, "next_run_at")),
          Optional.ofNullable(lastLaunches.get(id)));
    };
  }

  static void insert(Handle handle, Schedule schedule) {
    handle
        .createUpdate(
            """
            INSERT INTO workflow_schedule (id, name, workflow, inputs, cron, time_zone,
              configuration_name, enabled, confirmed, created_by, created_at, updated_at)
            VALUES (:id, :name, :workflow, :inputs, :cron, :zone, :configuration, :enabled,
              :confirmed, :createdBy, :createdAt, :updatedAt)
            """)
        .bind("id", schedule.id())
        .bind("name", schedule.name())
        .bind("workflow", schedule.workflow())
        .bind("inputs", schedule.inputs().toString())
        .bind("cron", schedule.cron())
        .bind("zone", schedule.timeZone().getId())
        .bind("configuration", schedule.configuration().orElse(null))
        .bind("enabled", schedule.enabled())
        .bind("confirmed", schedule.confirmed())
        .bind("createdBy", schedule.createdBy())
        .bind("createdAt", SqlTimes.toDb(schedule.createdAt()))
        .bind("updatedAt", SqlTimes.toDb(schedule.updatedAt()))
        .execute();
  }

  static void update(Handle handle, Schedule schedule) {
    handle
        .createUpdate(
            """
            UPDATE workflow_schedule SET workflow = :workflow, inputs = :inputs, cron = :cron,
              time_zone = :zone, configuration_name = :configuration, enabled = :enabled,
              confirmed = :confirmed, updated_at = :updatedAt
            WHERE id = :id
            """)
        .bind("id", schedule.id())
        .bind("workflow", schedule.workflow())
        .bind("inputs", schedule.inputs().toString())
        .bind("cron", schedule.cron())
        .bind("zone", schedule.timeZone().getId())
        .bind("configuration", schedule.configuration().orElse(null))
        .bind("enabled", schedule.enabled())
        .bind("confirmed", schedule.confirmed())
        .bind("updatedAt", SqlTimes.toDb(schedule.updatedAt()))
        .execute();
  }

  static void delete(Handle handle, String id) {
    handle.createUpdate("DELETE FROM workflow_schedule WHERE id = :id").bind("id", id).execute();
  }

  static List<Schedule> all(Handle handle) {
    return handle.createQuery(SELECT + " ORDER BY s.name").map(mapper(lastLaunches(handle))).list();
  }

  static Optional<Schedule> byName(Handle handle, String name) {
    return handle
        .createQuery(SELECT + " WHERE s.name = :name")
        .bind("name", name)
        .map(mapper(lastLaunches(handle)))
        .findOne();
  }

  static Optional<Schedule> byId(Handle handle, String id) {
    return handle
        .createQuery(SELECT + " WHERE s.id = :id")
        .bind("id", id)
        .map(mapper(lastLaunches(handle)))
        .findOne();
  }

  /** The latest launch of every schedule that has one, by schedule id. */
  private static Map<String, ScheduleLaunch> lastLaunches(Handle handle) {
    Map<String, ScheduleLaunch> last = new HashMap<>();
    handle
        .createQuery(
            """
            SELECT * FROM workflow_schedule_launch l WHERE l.due_at =
              (SELECT MAX(m.due_at) FROM workflow_schedule_launch m
               WHERE m.schedule_id = l.schedule_id)
            """)
        .map((rs, ctx) -> Map.entry(rs.getString("schedule_id"), LAUNCH.map(rs, ctx)))
        .forEach(e -> last.put(e.getKey(), e.getValue()));
    return last;
  }

  /** The schedule's launches, newest due time first. */
  static List<ScheduleLaunch> launches(Handle handle, String scheduleId, int limit) {
    return handle
        .createQuery(
            """
            SELECT * FROM workflow_schedule_launch WHERE schedule_id = :id
            ORDER BY due_at DESC FETCH FIRST :limit ROWS ONLY
            """)
        .bind("id", scheduleId)
        .bind("limit", limit)
        .map(LAUNCH)
        .list();
  }

  static Optional<ScheduleLaunch> launch(Handle handle, String scheduleId, Instant dueAt) {
    return handle
        .createQuery(
            "SELECT * FROM workflow_schedule_launch WHERE schedule_id = :id AND due_at = :due")
        .bind("id", scheduleId)
        .bind("due", SqlTimes.toDb(dueAt))
        .map(LAUNCH)
        .findOne();
  }

  /**
   * Records that {@code node} takes the due time up; fails with a unique violation when a launch of
   * that due time is recorded already.
   */
  static void claim(
      Handle handle,
      String scheduleId,
      Instant dueAt,
      LaunchOutcome outcome,
      String node,
      Instant now,
      String error) {
    handle
        .createUpdate(
            """
            INSERT INTO workflow_schedule_launch (schedule_id, due_at, outcome, node, started_at,
              finished_at, error)
            VALUES (:id, :due, :outcome, :node, :now, :finished, :error)
            """)
        .bind("id", scheduleId)
        .bind("due", SqlTimes.toDb(dueAt))
        .bind("outcome", outcome.name())
        .bind("node", node)
        .bind("now", SqlTimes.toDb(now))
        .bind("finished", SqlTimes.toDb(outcome == LaunchOutcome.LAUNCHING ? null : now))
        .bind("error", error)
        .execute();
  }

  /** Records the outcome of a launch taken up before; true when it was still recorded. */
  static boolean finish(
      Handle handle,
      String scheduleId,
      Instant dueAt,
      LaunchOutcome outcome,
      String runId,
      String error,
      Instant now) {
    return handle
            .createUpdate(
                """
                UPDATE workflow_schedule_launch SET outcome = :outcome, run_id = :runId,
                  error = :error, finished_at = :now
                WHERE schedule_id = :id AND due_at = :due
                """)
            .bind("id", scheduleId)
            .bind("due", SqlTimes.toDb(dueAt))
            .bind("outcome", outcome.name())
            .bind("runId", runId)
            .bind("error", error)
            .bind("now", SqlTimes.toDb(now))
            .execute()
        > 0;
  }

  /** Forgets all but the newest {@code keep} launches of the schedule. */
  static void prune(Handle handle, String scheduleId, int keep) {
    handle
        .createQuery(
            """
            SELECT due_at FROM workflow_schedule_launch WHERE schedule_id = :id
            ORDER BY due_at DESC OFFSET :keep ROWS FETCH NEXT 1 ROWS ONLY
            """)
        .bind("id", scheduleId)
        .bind("keep", keep - 1)
        .map((rs, ctx) -> SqlTimes.instant(rs, "due_at"))
        .findOne()
        .ifPresent(
            oldestKept ->
                handle
                    .createUpdate(
                        """
                        DELETE FROM workflow_schedule_launch
                        WHERE schedule_id = :id AND due_at < :oldest
                        """)
                    .bind("id", scheduleId)
                    .bind("oldest", SqlTimes.toDb(oldestKept))
                    .execute());
  }

  /**
   * Locks the schedule's db-scheduler row until the transaction ends, so that no node picks it
   * meanwhile; whether a node runs it now (empty: there is no row).
   */
  static Optional<Boolean> lockTask(Handle handle, String scheduleId) {
    return handle
        .createQuery(
            """
            SELECT picked FROM scheduled_tasks
            WHERE task_name = :task AND task_instance = :id FOR UPDATE
            """)
        .bind("task", ScheduleTask.NAME)
        .bind("id", scheduleId)
        .mapTo(Boolean.class)
        .findOne();
  }

  private static ObjectNode readInputs(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored schedule inputs are not valid JSON", e);
    }
  }
}
