package io.duoctl.core.mapping;

import org.jdbi.v3.core.Handle;

/**
 * Serializes the writes to one configuration's Duo account cache and mappings (refresh, import from
 * Duo, mapping changes) across threads and nodes: each takes the configuration's row lock first, so
 * two of them never interleave their deletes and inserts, and the later one sees what the earlier
 * one committed.
 */
final class ConfigurationLock {
  private ConfigurationLock() {}

  /** Holds the lock until {@code handle}'s transaction ends; waits while another holds it. */
  static void hold(Handle handle, String configuration) {
    handle
        .createQuery("SELECT name FROM configuration WHERE name = :configuration FOR UPDATE")
        .bind("configuration", configuration)
        .mapTo(String.class)
        .findOne();
  }
}
