package io.duoctl.core.mapping;

import io.duoctl.core.db.SqlTimes;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** The SQL of organization → Duo account mappings; in the caller's transaction. */
final class MappingRows {
  private MappingRows() {}

  static void set(
      Handle handle,
      String organizationId,
      String configuration,
      String accountId,
      Instant now,
      String actor) {
    clear(handle, organizationId);
    handle
        .createUpdate(
            """
            INSERT INTO organization_mapping (organization_id, configuration_name, account_id,
              mapped_at, mapped_by)
            VALUES (:org, :configuration, :account, :now, :actor)
            """)
        .bind("org", organizationId)
        .bind("configuration", configuration)
        .bind("account", accountId)
        .bind("now", SqlTimes.toDb(now))
        .bind("actor", actor)
        .execute();
  }

  static boolean clear(Handle handle, String organizationId) {
    return handle
            .createUpdate("DELETE FROM organization_mapping WHERE organization_id = :org")
            .bind("org", organizationId)
            .execute()
        > 0;
  }

  /** Keeps an organization's mapping as it is, under the configuration it moved to. */
  static void moveTo(Handle handle, String organizationId, String configuration) {
    handle
        .createUpdate(
            "UPDATE organization_mapping SET configuration_name = :configuration"
                + " WHERE organization_id = :org")
        .bind("org", organizationId)
        .bind("configuration", configuration)
        .execute();
  }

  /** The ids of the configuration's Duo accounts that an organization is mapped to. */
  static Set<String> mappedAccounts(Handle handle, String configuration) {
    return handle
        .createQuery(
            "SELECT account_id FROM organization_mapping WHERE configuration_name = :configuration")
        .bind("configuration", configuration)
        .mapTo(String.class)
        .collect(Collectors.toSet());
  }

  static Optional<String> organizationMappedTo(
      Handle handle, String configuration, String accountId) {
    return handle
        .createQuery(
            "SELECT organization_id FROM organization_mapping"
                + " WHERE configuration_name = :configuration AND account_id = :account")
        .bind("configuration", configuration)
        .bind("account", accountId)
        .mapTo(String.class)
        .findOne();
  }
}
