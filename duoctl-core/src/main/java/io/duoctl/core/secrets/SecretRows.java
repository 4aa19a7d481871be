package io.duoctl.core.secrets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** The SQL of the {@code secret_value} table; envelopes only, never plaintext. */
final class SecretRows {
  record Row(SecretRef ref, String envelope) {}

  private SecretRows() {}

  static Optional<String> find(Handle handle, SecretRef ref) {
    return handle
        .createQuery(
            """
            SELECT envelope FROM secret_value
            WHERE owner_kind = :kind AND owner_id = :owner AND secret_name = :name
            """)
        .bind("kind", ref.ownerKind())
        .bind("owner", ref.ownerId())
        .bind("name", ref.name())
        .mapTo(String.class)
        .findOne();
  }

  static Map<String, String> findAll(Handle handle, String ownerKind, String ownerId) {
    Map<String, String> byName = new TreeMap<>();
    handle
        .createQuery(
            """
            SELECT secret_name, envelope FROM secret_value
            WHERE owner_kind = :kind AND owner_id = :owner
            """)
        .bind("kind", ownerKind)
        .bind("owner", ownerId)
        .map((rs, ctx) -> Map.entry(rs.getString("secret_name"), rs.getString("envelope")))
        .forEach(e -> byName.put(e.getKey(), e.getValue()));
    return byName;
  }

  static List<Row> all(Handle handle) {
    return handle
        .createQuery(
            "SELECT owner_kind, owner_id, secret_name, envelope FROM secret_value"
                + " ORDER BY owner_kind, owner_id, secret_name")
        .map(
            (rs, ctx) ->
                new Row(
                    new SecretRef(
                        rs.getString("owner_kind"),
                        rs.getString("owner_id"),
                        rs.getString("secret_name")),
                    rs.getString("envelope")))
        .list();
  }

  static void upsert(Handle handle, SecretRef ref, String envelope) {
    int updated =
        handle
            .createUpdate(
                """
                UPDATE secret_value SET envelope = :envelope
                WHERE owner_kind = :kind AND owner_id = :owner AND secret_name = :name
                """)
            .bind("kind", ref.ownerKind())
            .bind("owner", ref.ownerId())
            .bind("name", ref.name())
            .bind("envelope", envelope)
            .execute();
    if (updated == 0) {
      handle
          .createUpdate(
              """
              INSERT INTO secret_value (owner_kind, owner_id, secret_name, envelope)
              VALUES (:kind, :owner, :name, :envelope)
              """)
          .bind("kind", ref.ownerKind())
          .bind("owner", ref.ownerId())
          .bind("name", ref.name())
          .bind("envelope", envelope)
          .execute();
    }
  }

  static int delete(Handle handle, SecretRef ref) {
    return handle
        .createUpdate(
            """
            DELETE FROM secret_value
            WHERE owner_kind = :kind AND owner_id = :owner AND secret_name = :name
            """)
        .bind("kind", ref.ownerKind())
        .bind("owner", ref.ownerId())
        .bind("name", ref.name())
        .execute();
  }

  static void deleteOwner(Handle handle, String ownerKind, String ownerId) {
    handle
        .createUpdate("DELETE FROM secret_value WHERE owner_kind = :kind AND owner_id = :owner")
        .bind("kind", ownerKind)
        .bind("owner", ownerId)
        .execute();
  }
}
