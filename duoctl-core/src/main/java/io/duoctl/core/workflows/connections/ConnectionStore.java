package io.duoctl.core.workflows.connections;

import io.duoctl.core.db.SqlTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The SQL of connections and their header names, in the caller's transaction. Header values are not
 * here: they live encrypted in the secret vault.
 */
final class ConnectionStore {
  /** One row of {@code workflow_connection}, before its header names are added. */
  private record Row(
      String name,
      String baseUrl,
      String description,
      Instant createdAt,
      String createdBy,
      Instant updatedAt) {
    Connection with(List<String> headerNames) {
      return new Connection(
          name,
          baseUrl,
          headerNames,
          Optional.ofNullable(description),
          createdAt,
          createdBy,
          updatedAt);
    }
  }

  private static final RowMapper<Row> ROW =
      (rs, ctx) ->
          new Row(
              rs.getString("name"),
              rs.getString("base_url"),
              rs.getString("description"),
              SqlTimes.instant(rs, "created_at"),
              rs.getString("created_by"),
              SqlTimes.instant(rs, "updated_at"));

  private ConnectionStore() {}

  static void insert(Handle handle, Connection connection) {
    handle
        .createUpdate(
            """
            INSERT INTO workflow_connection (name, base_url, description, created_at, created_by,
              updated_at)
            VALUES (:name, :baseUrl, :description, :createdAt, :createdBy, :updatedAt)
            """)
        .bind("name", connection.name())
        .bind("baseUrl", connection.baseUrl())
        .bind("description", connection.description().orElse(null))
        .bind("createdAt", SqlTimes.toDb(connection.createdAt()))
        .bind("createdBy", connection.createdBy())
        .bind("updatedAt", SqlTimes.toDb(connection.updatedAt()))
        .execute();
    insertHeaderNames(handle, connection.name(), connection.headerNames());
  }

  /** Replaces the connection's header names and stamps it as changed at {@code at}. */
  static void replaceHeaderNames(Handle handle, String name, List<String> headerNames, Instant at) {
    handle
        .createUpdate("DELETE FROM workflow_connection_header WHERE connection_name = :name")
        .bind("name", name)
        .execute();
    insertHeaderNames(handle, name, headerNames);
    handle
        .createUpdate("UPDATE workflow_connection SET updated_at = :at WHERE name = :name")
        .bind("at", SqlTimes.toDb(at))
        .bind("name", name)
        .execute();
  }

  private static void insertHeaderNames(Handle handle, String name, List<String> headerNames) {
    for (int i = 0; i < headerNames.size(); i++) {
      handle
          .createUpdate(
              """
              INSERT INTO workflow_connection_header (connection_name, header_key, header_name, seq)
              VALUES (:name, :key, :header, :seq)
              """)
          .bind("name", name)
          .bind("key", ConnectionRules.key(headerNames.get(i)))
          .bind("header", headerNames.get(i))
          .bind("seq", i)
          .execute();
    }
  }

  static Optional<Connection> find(Handle handle, String name) {
    return handle
        .createQuery("SELECT * FROM workflow_connection WHERE name = :name")
        .bind("name", name)
        .map(ROW)
        .findOne()
        .map(row -> row.with(headerNames(handle, name)));
  }

  /** Every connection, by name. */
  static List<Connection> all(Handle handle) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    handle
        .createQuery(
            "SELECT connection_name, header_name FROM workflow_connection_header"
                + " ORDER BY connection_name, seq")
        .map((rs, ctx) -> Map.entry(rs.getString("connection_name"), rs.getString("header_name")))
        .forEach(
            e -> headers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return handle
        .createQuery("SELECT * FROM workflow_connection ORDER BY name")
        .map(ROW)
        .list()
        .stream()
        .map(row -> row.with(headers.getOrDefault(row.name(), List.of())))
        .toList();
  }

  private static List<String> headerNames(Handle handle, String name) {
    return handle
        .createQuery(
            """
            SELECT header_name FROM workflow_connection_header
            WHERE connection_name = :name ORDER BY seq
            """)
        .bind("name", name)
        .mapTo(String.class)
        .list();
  }

  static boolean delete(Handle handle, String name) {
    return handle
            .createUpdate("DELETE FROM workflow_connection WHERE name = :name")
            .bind("name", name)
            .execute()
        > 0;
  }
}
