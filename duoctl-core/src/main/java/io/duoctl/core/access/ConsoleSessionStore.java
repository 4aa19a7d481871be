package io.duoctl.core.access;

import io.duoctl.core.db.SqlTimes;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of console sessions, keyed by the SHA-256 (hex) of the session id; in the caller's
 * transaction.
 */
final class ConsoleSessionStore {
  /** A stored session; the raw id is not stored, so the caller supplies it. */
  record Row(
      String csrfToken, Optional<Operator> operator, Instant createdAt, Instant lastSeenAt) {}

  private ConsoleSessionStore() {}

  static void insert(
      Handle handle, String idHash, String csrfToken, String operatorId, Instant now) {
    handle
        .createUpdate(
            """
            INSERT INTO console_session (id_hash, csrf_token, operator_id, created_at,
              last_seen_at)
            VALUES (:hash, :csrf, :operator, :now, :now)
            """)
        .bind("hash", idHash)
        .bind("csrf", csrfToken)
        .bind("operator", operatorId)
        .bind("now", SqlTimes.toDb(now))
        .execute();
  }

  /** The session with this id hash, with its operator as stored now. */
  static Optional<Row> byHash(Handle handle, String idHash) {
    return handle
        .createQuery(
            """
            SELECT s.csrf_token, s.created_at AS session_created_at, s.last_seen_at, o.*
            FROM console_session s LEFT JOIN console_operator o ON o.id = s.operator_id
            WHERE s.id_hash = :hash
            """)
        .bind("hash", idHash)
        .map(
            (rs, ctx) ->
                new Row(
                    rs.getString("csrf_token"),
                    rs.getString("id") == null
                        ? Optional.empty()
                        : Optional.of(OperatorStore.MAPPER.map(rs, ctx)),
                    SqlTimes.instant(rs, "session_created_at"),
                    SqlTimes.instant(rs, "last_seen_at")))
        .findFirst();
  }

  /** Moves the last request to {@code at} unless one was recorded after {@code staleBefore}. */
  static void touch(Handle handle, String idHash, Instant at, Instant staleBefore) {
    handle
        .createUpdate(
            """
            UPDATE console_session SET last_seen_at = :at
            WHERE id_hash = :hash AND last_seen_at <= :stale
            """)
        .bind("at", SqlTimes.toDb(at))
        .bind("stale", SqlTimes.toDb(staleBefore))
        .bind("hash", idHash)
        .execute();
  }

  static void delete(Handle handle, String idHash) {
    handle
        .createUpdate("DELETE FROM console_session WHERE id_hash = :hash")
        .bind("hash", idHash)
        .execute();
  }

  /** Ends every session of the operator with this id; how many there were. */
  static int deleteOfOperator(Handle handle, String operatorId) {
    return handle
        .createUpdate("DELETE FROM console_session WHERE operator_id = :operator")
        .bind("operator", operatorId)
        .execute();
  }

  /** Deletes sessions idle since {@code idleBefore} or begun before {@code begunBefore}. */
  static int deleteExpired(Handle handle, Instant idleBefore, Instant begunBefore) {
    return handle
        .createUpdate(
            """
            DELETE FROM console_session
            WHERE last_seen_at <= :idle OR created_at <= :begun
            """)
        .bind("idle", SqlTimes.toDb(idleBefore))
        .bind("begun", SqlTimes.toDb(begunBefore))
        .execute();
  }
}
