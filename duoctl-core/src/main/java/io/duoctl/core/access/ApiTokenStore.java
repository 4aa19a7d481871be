package io.duoctl.core.access;

import io.duoctl.core.db.SqlTimes;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The SQL of API tokens; in the caller's transaction. */
final class ApiTokenStore {
  /** A stored token with its SHA-256, for the constant-time comparison. */
  record Candidate(ApiToken token, byte[] hash) {}

  private static final RowMapper<ApiToken> MAPPER =
      (rs, ctx) ->
          new ApiToken(
              rs.getString("id"),
              rs.getString("name"),
              ApiScope.valueOf(rs.getString("scope")),
              rs.getString("token_prefix"),
              SqlTimes.instant(rs, "created_at"),
              rs.getString("created_by"),
              Optional.ofNullable(SqlTimes.instant(rs, "last_used_at")),
              Optional.ofNullable(SqlTimes.instant(rs, "expires_at")),
              Optional.ofNullable(SqlTimes.instant(rs, "revoked_at")));

  private ApiTokenStore() {}

  static void insert(Handle handle, ApiToken token, String hexHash) {
    handle
        .createUpdate(
            """
            INSERT INTO api_token (id, name, scope, token_prefix, token_hash, created_at,
              created_by, expires_at)
            VALUES (:id, :name, :scope, :prefix, :hash, :createdAt, :createdBy, :expiresAt)
            """)
        .bind("id", token.id())
        .bind("name", token.name())
        .bind("scope", token.scope().name())
        .bind("prefix", token.prefix())
        .bind("hash", hexHash)
        .bind("createdAt", SqlTimes.toDb(token.createdAt()))
        .bind("createdBy", token.createdBy())
        .bind("expiresAt", SqlTimes.toDb(token.expiresAt().orElse(null)))
        .execute();
  }

  static List<ApiToken> all(Handle handle) {
    return handle
        .createQuery("SELECT * FROM api_token ORDER BY created_at DESC, name")
        .map(MAPPER)
        .list();
  }

  /** The token named {@code nameOrId}, or failing that the one with that id. */
  static Optional<ApiToken> find(Handle handle, String nameOrId) {
    return handle
        .createQuery(
            """
            SELECT * FROM api_token WHERE name = :key OR id = :key
            ORDER BY CASE WHEN name = :key THEN 0 ELSE 1 END
            """)
        .bind("key", nameOrId)
        .map(MAPPER)
        .findFirst();
  }

  /** Every token whose display prefix is {@code prefix} (almost always one at most). */
  static List<Candidate> withPrefix(Handle handle, String prefix) {
    return handle
        .createQuery("SELECT * FROM api_token WHERE token_prefix = :prefix")
        .bind("prefix", prefix)
        .map(
            (rs, ctx) ->
                new Candidate(
                    MAPPER.map(rs, ctx), HexFormat.of().parseHex(rs.getString("token_hash"))))
        .list();
  }

  static void revoke(Handle handle, String id, Instant at) {
    handle
        .createUpdate("UPDATE api_token SET revoked_at = :at WHERE id = :id")
        .bind("at", SqlTimes.toDb(at))
        .bind("id", id)
        .execute();
  }

  /** Sets the last use to {@code at} unless it is later than {@code staleBefore}; true if set. */
  static boolean recordUse(Handle handle, String id, Instant at, Instant staleBefore) {
    return handle
            .createUpdate(
                """
                UPDATE api_token SET last_used_at = :at
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at <= :stale)
                """)
            .bind("at", SqlTimes.toDb(at))
            .bind("stale", SqlTimes.toDb(staleBefore))
            .bind("id", id)
            .execute()
        > 0;
  }
}
