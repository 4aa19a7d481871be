package io.duoctl.core.access;

import io.duoctl.core.db.SqlTimes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The SQL of console operators; in the caller's transaction. */
final class OperatorStore {
  /** An operator with the PHC string of their password; its toString leaves the hash out. */
  record Stored(Operator operator, String passwordHash) {
    @Override
    public String toString() {
      return "Stored[operator=" + operator + "]";
    }
  }

  static final RowMapper<Operator> MAPPER =
      (rs, ctx) ->
          new Operator(
              rs.getString("id"),
              rs.getString("username"),
              ApiScope.valueOf(rs.getString("role")),
              SqlTimes.instant(rs, "created_at"),
              Optional.ofNullable(SqlTimes.instant(rs, "last_sign_in_at")));

  private OperatorStore() {}

  static void insert(
      Handle handle,
      String id,
      String username,
      ApiScope role,
      String passwordHash,
      Instant now,
      String actor) {
    handle
        .createUpdate(
            """
            INSERT INTO console_operator (id, username, username_key, role, password_hash,
              created_at, created_by)
            VALUES (:id, :username, :key, :role, :hash, :now, :actor)
            """)
        .bind("id", id)
        .bind("username", username)
        .bind("key", OperatorRules.key(username))
        .bind("role", role.name())
        .bind("hash", passwordHash)
        .bind("now", SqlTimes.toDb(now))
        .bind("actor", actor)
        .execute();
  }

  /** The operator with this username, in any case. */
  static Optional<Stored> byUsername(Handle handle, String username) {
    return handle
        .createQuery("SELECT * FROM console_operator WHERE username_key = :key")
        .bind("key", OperatorRules.key(username))
        .map((rs, ctx) -> new Stored(MAPPER.map(rs, ctx), rs.getString("password_hash")))
        .findFirst();
  }

  static Optional<Operator> byId(Handle handle, String id) {
    return handle
        .createQuery("SELECT * FROM console_operator WHERE id = :id")
        .bind("id", id)
        .map(MAPPER)
        .findFirst();
  }

  static List<Operator> all(Handle handle) {
    return handle
        .createQuery("SELECT * FROM console_operator ORDER BY username_key")
        .map(MAPPER)
        .list();
  }

  static long count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM console_operator").mapTo(Long.class).one();
  }

  static long countWithRole(Handle handle, ApiScope role) {
    return handle
        .createQuery("SELECT COUNT(*) FROM console_operator WHERE role = :role")
        .bind("role", role.name())
        .mapTo(Long.class)
        .one();
  }

  static void setPasswordHash(Handle handle, String id, String passwordHash) {
    handle
        .createUpdate("UPDATE console_operator SET password_hash = :hash WHERE id = :id")
        .bind("hash", passwordHash)
        .bind("id", id)
        .execute();
  }

  static void recordSignIn(Handle handle, String id, Instant at) {
    handle
        .createUpdate("UPDATE console_operator SET last_sign_in_at = :at WHERE id = :id")
        .bind("at", SqlTimes.toDb(at))
        .bind("id", id)
        .execute();
  }

  static void delete(Handle handle, String id) {
    handle.createUpdate("DELETE FROM console_operator WHERE id = :id").bind("id", id).execute();
  }
}
