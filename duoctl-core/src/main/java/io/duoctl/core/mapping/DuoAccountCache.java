package io.duoctl.core.mapping;

import io.duoctl.core.db.SqlTimes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The SQL of cached Duo child accounts; in the caller's transaction. */
final class DuoAccountCache {
  private static final RowMapper<DuoAccount> MAPPER =
      (rs, ctx) ->
          new DuoAccount(
              rs.getString("configuration_name"),
              rs.getString("account_id"),
              rs.getString("account_name"),
              rs.getString("api_hostname"),
              SqlTimes.instant(rs, "refreshed_at"));

  private DuoAccountCache() {}

  static void replaceAll(
      Handle handle, String configuration, List<ChildAccount> accounts, Instant now) {
    handle
        .createUpdate("DELETE FROM duo_account WHERE configuration_name = :configuration")
        .bind("configuration", configuration)
        .execute();
    for (ChildAccount account : accounts) {
      handle
          .createUpdate(
              """
              INSERT INTO duo_account (configuration_name, account_id, account_name, api_hostname,
                refreshed_at)
              VALUES (:configuration, :id, :name, :host, :now)
              """)
          .bind("configuration", configuration)
          .bind("id", account.accountId())
          .bind("name", account.name())
          .bind("host", account.apiHostname())
          .bind("now", SqlTimes.toDb(now))
          .execute();
    }
  }

  static List<DuoAccount> list(Handle handle, String configuration) {
    return handle
        .createQuery(
            "SELECT * FROM duo_account WHERE configuration_name = :configuration"
                + " ORDER BY account_name, account_id")
        .bind("configuration", configuration)
        .map(MAPPER)
        .list();
  }

  static Optional<DuoAccount> find(Handle handle, String configuration, String accountId) {
    return handle
        .createQuery(
            "SELECT * FROM duo_account WHERE configuration_name = :configuration"
                + " AND account_id = :id")
        .bind("configuration", configuration)
        .bind("id", accountId)
        .map(MAPPER)
        .findOne();
  }
}
