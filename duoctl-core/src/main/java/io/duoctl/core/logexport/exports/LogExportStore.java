package io.duoctl.core.logexport.exports;

import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.logexport.LogKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The stored exports, their checkpoints and the nodes' leases on them. Every method runs in its own
 * transaction unless it takes a {@link Handle}. Thread-safe.
 */
public final class LogExportStore {
  private static final int MAX_ERROR = 2000;
  private static final int MAX_KEYS = 190_000;

  private final Jdbi jdbi;

  public LogExportStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The database this store uses. */
  Jdbi jdbi() {
    return jdbi;
  }

  /** An export as stored: everything but the sinks' secrets. */
  record Row(
      String name,
      String configuration,
      String selection,
      Set<LogKind> logs,
      Instant start,
      String sinksJson,
      ExportState state,
      String createdBy,
      Instant createdAt) {}

  void insert(Handle handle, Row row, Instant now) {
    handle
        .createUpdate(
            """
            INSERT INTO log_export (name, configuration_name, selection, logs, start_at,
              sinks_json, export_state, created_by, created_at, updated_at)
            VALUES (:name, :configuration, :selection, :logs, :start, :sinks, :state, :by,
              :created, :created)
            """)
        .bind("name", row.name())
        .bind("configuration", row.configuration())
        .bind("selection", row.selection())
        .bind("logs", row.logs().stream().sorted().map(LogKind::name).collect(joining()))
        .bind("start", SqlTimes.toDb(row.start()))
        .bind("sinks", row.sinksJson())
        .bind("state", row.state().name())
        .bind("by", row.createdBy())
        .bind("created", SqlTimes.toDb(now))
        .execute();
  }

  Optional<Row> find(Handle handle, String name) {
    return handle
        .createQuery("SELECT * FROM log_export WHERE name = :name")
        .bind("name", name)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  List<Row> list(Handle handle) {
    return handle
        .createQuery("SELECT * FROM log_export ORDER BY name")
        .map((rs, ctx) -> row(rs))
        .list();
  }

  /** The names of the running exports. */
  public List<String> running() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT name FROM log_export WHERE export_state = :state ORDER BY name")
                .bind("state", ExportState.RUNNING.name())
                .mapTo(String.class)
                .list());
  }

  /** The export's state, empty when it was deleted. */
  public Optional<ExportState> state(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT export_state FROM log_export WHERE name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne()
                .map(ExportState::valueOf));
  }

  boolean setState(Handle handle, String name, ExportState state, Instant now) {
    return handle
            .createUpdate(
                "UPDATE log_export SET export_state = :state, updated_at = :now WHERE name = :name")
            .bind("state", state.name())
            .bind("now", SqlTimes.toDb(now))
            .bind("name", name)
            .execute()
        == 1;
  }

  boolean delete(Handle handle, String name) {
    handle
        .createUpdate("DELETE FROM log_export_checkpoint WHERE export_name = :name")
        .bind("name", name)
        .execute();
    handle
        .createUpdate("DELETE FROM log_export_lease WHERE export_name = :name")
        .bind("name", name)
        .execute();
    return handle
            .createUpdate("DELETE FROM log_export WHERE name = :name")
            .bind("name", name)
            .execute()
        == 1;
  }

  /** Every checkpoint of {@code partition}, one per sink that has one. */
  public List<Checkpoint> checkpoints(Partition partition) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT * FROM log_export_checkpoint
                    WHERE export_name = :export AND organization_id = :org AND log_kind = :log
                    """)
                .bind("export", partition.export())
                .bind("org", partition.organizationId())
                .bind("log", partition.log().name())
                .map((rs, ctx) -> checkpoint(rs))
                .list());
  }

  /** Every checkpoint of an export, by organization name, log and sink. */
  public List<Checkpoint> checkpoints(String export) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT * FROM log_export_checkpoint WHERE export_name = :export
                    ORDER BY organization_name, organization_id, log_kind, sink_name
                    """)
                .bind("export", export)
                .map((rs, ctx) -> checkpoint(rs))
                .list());
  }

  /**
   * A page of an export's checkpoints, worst first: those whose last attempt failed (latest failure
   * first), then the furthest behind; ties by organization name, log and sink.
   */
  public List<Checkpoint> worstFirst(String export, int offset, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT * FROM log_export_checkpoint WHERE export_name = :export
                    ORDER BY CASE WHEN last_error IS NULL THEN 1 ELSE 0 END, last_error_at DESC,
                      cursor_at, organization_name, organization_id, log_kind, sink_name
                    LIMIT :limit OFFSET :offset
                    """)
                .bind("export", export)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> checkpoint(rs))
                .list());
  }

  /** How many checkpoints an export has. */
  public int countCheckpoints(String export) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM log_export_checkpoint WHERE export_name = :export")
                .bind("export", export)
                .mapTo(Integer.class)
                .one());
  }

  /** Every export's checkpoints summed per log and sink, by export, log and sink. */
  public List<SinkTotals> totals() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT export_name, log_kind, sink_name, MIN(cursor_at) AS oldest,
                      SUM(events_exported) AS events, SUM(errors_total) AS errors
                    FROM log_export_checkpoint
                    GROUP BY export_name, log_kind, sink_name
                    ORDER BY export_name, log_kind, sink_name
                    """)
                .map(
                    (rs, ctx) ->
                        new SinkTotals(
                            rs.getString("export_name"),
                            LogKind.valueOf(rs.getString("log_kind")).wireName(),
                            rs.getString("sink_name"),
                            SqlTimes.instant(rs, "oldest"),
                            rs.getLong("events"),
                            rs.getLong("errors")))
                .list());
  }

  /**
   * Stores {@code checkpoint} over the sink's previous one.
   *
   * @param expectedCursor the cursor the caller read (null: it had none); when another node moved
   *     the checkpoint since, nothing is stored
   * @return false when the stored cursor was not {@code expectedCursor}
   */
  public boolean save(Checkpoint checkpoint, String expectedCursor) {
    return jdbi.inTransaction(
        h -> {
          int updated =
              expectedCursor == null
                  ? 0
                  : bindAll(
                          h.createUpdate(
                              """
                          UPDATE log_export_checkpoint SET organization_name = :orgName,
                            cursor_token = :cursor, cursor_at = :cursorAt, last_keys = :keys,
                            events_exported = :count, in_flight_since = :inFlight,
                            first_success_at = :first, last_success_at = :success,
                            last_error = :error, last_error_at = :errorAt,
                            errors_total = errors_total + CASE WHEN :failed = 1
                              AND (last_error_at IS NULL OR last_error_at <> :errorAt)
                              THEN 1 ELSE 0 END
                          WHERE export_name = :export AND organization_id = :org
                            AND log_kind = :log AND sink_name = :sink
                            AND cursor_token = :expected
                          """),
                          checkpoint)
                      .bind("expected", expectedCursor)
                      .execute();
          if (updated == 1) {
            return true;
          }
          if (expectedCursor != null) {
            return false;
          }
          boolean exists =
              h.createQuery(
                          """
                      SELECT COUNT(*) FROM log_export_checkpoint
                      WHERE export_name = :export AND organization_id = :org
                        AND log_kind = :log AND sink_name = :sink
                      """)
                      .bind("export", checkpoint.partition().export())
                      .bind("org", checkpoint.partition().organizationId())
                      .bind("log", checkpoint.log().name())
                      .bind("sink", checkpoint.sink())
                      .mapTo(Integer.class)
                      .one()
                  > 0;
          if (exists) {
            return false;
          }
          bindAll(
                  h.createUpdate(
                      """
                      INSERT INTO log_export_checkpoint (export_name, organization_id,
                        organization_name, log_kind, sink_name, cursor_token, cursor_at,
                        last_keys, events_exported, in_flight_since, first_success_at,
                        last_success_at, last_error, last_error_at, errors_total)
                      VALUES (:export, :org, :orgName, :log, :sink, :cursor, :cursorAt, :keys,
                        :count, :inFlight, :first, :success, :error, :errorAt, :failed)
                      """),
                  checkpoint)
              .execute();
          return true;
        });
  }

  private static org.jdbi.v3.core.statement.Update bindAll(
      org.jdbi.v3.core.statement.Update update, Checkpoint c) {
    String keys = String.join("\n", c.lastKeys());
    return update
        .bind("export", c.partition().export())
        .bind("org", c.partition().organizationId())
        .bind("orgName", c.organizationName())
        .bind("log", c.log().name())
        .bind("sink", c.sink())
        .bind("cursor", c.cursor())
        .bind("cursorAt", SqlTimes.toDb(c.cursorAt()))
        .bind("keys", keys.length() > MAX_KEYS ? keys.substring(0, MAX_KEYS) : keys)
        .bind("count", c.eventsExported())
        .bind("inFlight", SqlTimes.toDb(c.inFlightSince()))
        .bind("first", SqlTimes.toDb(c.firstSuccessAt()))
        .bind("success", SqlTimes.toDb(c.lastSuccessAt()))
        .bind("error", clip(c.lastError()))
        .bind("errorAt", SqlTimes.toDb(c.lastErrorAt()))
        .bind("failed", c.lastErrorAt() == null ? 0 : 1);
  }

  /**
   * Claims {@code partition} for {@code node} until {@code until}, unless another node holds an
   * unexpired lease on it.
   *
   * @return whether {@code node} holds it now
   */
  public boolean claim(Partition partition, String node, Instant now, Instant until) {
    return jdbi.withHandle(
        h -> {
          int updated =
              h.createUpdate(
                      """
                      UPDATE log_export_lease SET owner_node = :node, lease_expires_at = :until
                      WHERE export_name = :export AND organization_id = :org AND log_kind = :log
                        AND (owner_node = :node OR lease_expires_at < :now)
                      """)
                  .bind("node", node)
                  .bind("until", SqlTimes.toDb(until))
                  .bind("now", SqlTimes.toDb(now))
                  .bind("export", partition.export())
                  .bind("org", partition.organizationId())
                  .bind("log", partition.log().name())
                  .execute();
          if (updated == 1) {
            return true;
          }
          try {
            return h.createUpdate(
                        """
                        INSERT INTO log_export_lease (export_name, organization_id, log_kind,
                          owner_node, lease_expires_at)
                        SELECT :export, :org, :log, :node, :until FROM log_export
                        WHERE name = :export
                          AND NOT EXISTS (SELECT 1 FROM log_export_lease
                            WHERE export_name = :export AND organization_id = :org
                              AND log_kind = :log)
                        """)
                    .bind("node", node)
                    .bind("until", SqlTimes.toDb(until))
                    .bind("export", partition.export())
                    .bind("org", partition.organizationId())
                    .bind("log", partition.log().name())
                    .execute()
                == 1;
          } catch (UnableToExecuteStatementException raced) {
            return false;
          }
        });
  }

  /**
   * Renews {@code node}'s unexpired leases until {@code until}.
   *
   * @return the partitions {@code node} still holds
   */
  public Set<Partition> renew(String node, Instant now, Instant until) {
    return jdbi.inTransaction(
        h -> {
          h.createUpdate(
                  """
                  UPDATE log_export_lease SET lease_expires_at = :until
                  WHERE owner_node = :node AND lease_expires_at >= :now
                  """)
              .bind("node", node)
              .bind("until", SqlTimes.toDb(until))
              .bind("now", SqlTimes.toDb(now))
              .execute();
          return new HashSet<>(
              h.createQuery(
                      """
                      SELECT export_name, organization_id, log_kind FROM log_export_lease
                      WHERE owner_node = :node AND lease_expires_at >= :now
                      """)
                  .bind("node", node)
                  .bind("now", SqlTimes.toDb(now))
                  .map(
                      (rs, ctx) ->
                          new Partition(
                              rs.getString("export_name"),
                              rs.getString("organization_id"),
                              LogKind.valueOf(rs.getString("log_kind"))))
                  .list());
        });
  }

  /** Gives {@code partition} up, if {@code node} holds it. */
  public void release(Partition partition, String node) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    DELETE FROM log_export_lease WHERE export_name = :export
                      AND organization_id = :org AND log_kind = :log AND owner_node = :node
                    """)
                .bind("export", partition.export())
                .bind("org", partition.organizationId())
                .bind("log", partition.log().name())
                .bind("node", node)
                .execute());
  }

  private static Row row(ResultSet rs) throws SQLException {
    Set<LogKind> logs = EnumSet.noneOf(LogKind.class);
    Arrays.stream(rs.getString("logs").split(","))
        .filter(s -> !s.isBlank())
        .map(LogKind::valueOf)
        .forEach(logs::add);
    return new Row(
        rs.getString("name"),
        rs.getString("configuration_name"),
        rs.getString("selection"),
        logs,
        SqlTimes.instant(rs, "start_at"),
        rs.getString("sinks_json"),
        ExportState.valueOf(rs.getString("export_state")),
        rs.getString("created_by"),
        SqlTimes.instant(rs, "created_at"));
  }

  private static Checkpoint checkpoint(ResultSet rs) throws SQLException {
    String keys = rs.getString("last_keys");
    return new Checkpoint(
        new Partition(
            rs.getString("export_name"),
            rs.getString("organization_id"),
            LogKind.valueOf(rs.getString("log_kind"))),
        rs.getString("organization_name"),
        rs.getString("sink_name"),
        rs.getString("cursor_token"),
        SqlTimes.instant(rs, "cursor_at"),
        keys == null || keys.isEmpty() ? List.of() : List.of(keys.split("\n")),
        rs.getLong("events_exported"),
        SqlTimes.instant(rs, "in_flight_since"),
        SqlTimes.instant(rs, "first_success_at"),
        SqlTimes.instant(rs, "last_success_at"),
        rs.getString("last_error"),
        SqlTimes.instant(rs, "last_error_at"));
  }

  private static String clip(String text) {
    return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(",");
  }

  /** The selection as stored: {@code orgs:a,b}, {@code tag:x} or {@code all}. */
  static String selection(OrganizationSelection selection) {
    return selection.describe();
  }

  /** The selection {@link #selection} stored. */
  static OrganizationSelection selection(String stored) {
    if (stored.startsWith("tag:")) {
      return OrganizationSelection.tagged(stored.substring(4));
    }
    if (stored.startsWith("orgs:")) {
      return OrganizationSelection.of(List.of(stored.substring(5).split(",")));
    }
    return OrganizationSelection.allMapped();
  }
}
