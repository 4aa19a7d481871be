package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.db.SqlTimes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The SQL of registered webhooks; in the caller's transaction. Never holds a secret. */
final class WebhookStore {
  private static final RowMapper<Webhook> MAPPER =
      (rs, ctx) ->
          new Webhook(
              rs.getString("id"),
              rs.getString("name"),
              rs.getString("workflow"),
              rs.getString("mapping"),
              Optional.ofNullable(rs.getString("configuration")),
              rs.getBoolean("enabled"),
              rs.getBoolean("confirmed"),
              SqlTimes.instant(rs, "created_at"),
              rs.getString("created_by"),
              SqlTimes.instant(rs, "secret_created_at"));

  private WebhookStore() {}

  static void insert(Handle handle, Webhook webhook) {
    handle
        .createUpdate(
            """
            INSERT INTO webhook (id, name, workflow, mapping, configuration, enabled, confirmed,
              created_at, created_by, secret_created_at)
            VALUES (:id, :name, :workflow, :mapping, :configuration, :enabled, :confirmed,
              :createdAt, :createdBy, :secretCreatedAt)
            """)
        .bind("id", webhook.id())
        .bind("name", webhook.name())
        .bind("workflow", webhook.workflow())
        .bind("mapping", webhook.mapping())
        .bind("configuration", webhook.configuration().orElse(null))
        .bind("enabled", webhook.enabled())
        .bind("confirmed", webhook.confirmed())
        .bind("createdAt", SqlTimes.toDb(webhook.createdAt()))
        .bind("createdBy", webhook.createdBy())
        .bind("secretCreatedAt", SqlTimes.toDb(webhook.secretCreatedAt()))
        .execute();
  }

  static List<Webhook> all(Handle handle) {
    return handle.createQuery("SELECT * FROM webhook ORDER BY name").map(MAPPER).list();
  }

  static Optional<Webhook> find(Handle handle, String name) {
    return handle
        .createQuery("SELECT * FROM webhook WHERE name = :name")
        .bind("name", name)
        .map(MAPPER)
        .findOne();
  }

  static void setEnabled(Handle handle, String id, boolean enabled) {
    handle
        .createUpdate("UPDATE webhook SET enabled = :enabled WHERE id = :id")
        .bind("enabled", enabled)
        .bind("id", id)
        .execute();
  }

  static void secretCreated(Handle handle, String id, Instant at) {
    handle
        .createUpdate("UPDATE webhook SET secret_created_at = :at WHERE id = :id")
        .bind("at", SqlTimes.toDb(at))
        .bind("id", id)
        .execute();
  }

  static void delete(Handle handle, String id) {
    handle.createUpdate("DELETE FROM webhook WHERE id = :id").bind("id", id).execute();
  }
}
