package io.duoctl.core.settings;

import io.duoctl.core.secrets.Secret;
import io.duoctl.core.secrets.SecretRef;
import io.duoctl.core.secrets.SecretVault;
import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Rows of {@code api_credentials} plus their encrypted secret keys, for any owner (a configuration
 * or an organization with its own keys). Every method runs in the caller's transaction.
 */
public final class ApiCredentialsStore {
  private record KeyRow(DuoApi api, String host, String integrationKey) {}

  private final SecretVault vault;

  public ApiCredentialsStore(SecretVault vault) {
    this.vault = vault;
  }

  /** Every API's keys stored for the owner. */
  public Map<DuoApi, ApiCredentials> load(Handle handle, String ownerKind, String ownerId) {
    Map<String, Secret> secrets = vault.findAll(handle, ownerKind, ownerId);
    Map<DuoApi, ApiCredentials> result = new EnumMap<>(DuoApi.class);
    handle
        .createQuery(
            """
            SELECT api, host, integration_key FROM api_credentials
            WHERE owner_kind = :kind AND owner_id = :owner
            """)
        .bind("kind", ownerKind)
        .bind("owner", ownerId)
        .map(
            (rs, ctx) ->
                new KeyRow(
                    DuoApi.valueOf(rs.getString("api")),
                    rs.getString("host"),
                    rs.getString("integration_key")))
        .forEach(
            row -> {
              Secret skey = secrets.get(secretName(row.api()));
              if (skey != null) {
                result.put(row.api(), new ApiCredentials(row.host(), row.integrationKey(), skey));
              }
            });
    return result;
  }

  /**
   * Writes the keys of one API; a null secret key in {@code input} keeps the stored one (which must
   * exist). Returns what was stored.
   */
  public ApiCredentials save(
      Handle handle, String ownerKind, String ownerId, DuoApi api, ApiCredentialsInput input) {
    SecretRef ref = new SecretRef(ownerKind, ownerId, secretName(api));
    handle
        .createUpdate(
            "DELETE FROM api_credentials WHERE owner_kind = :kind AND owner_id = :owner AND api = :api")
        .bind("kind", ownerKind)
        .bind("owner", ownerId)
        .bind("api", api.name())
        .execute();
    handle
        .createUpdate(
            """
            INSERT INTO api_credentials (owner_kind, owner_id, api, host, integration_key)
            VALUES (:kind, :owner, :api, :host, :ikey)
            """)
        .bind("kind", ownerKind)
        .bind("owner", ownerId)
        .bind("api", api.name())
        .bind("host", input.host())
        .bind("ikey", input.integrationKey())
        .execute();
    if (input.secretKey() != null) {
      vault.put(handle, ref, input.secretKey());
    }
    Secret stored =
        vault
            .find(handle, ref)
            .orElseThrow(() -> new IllegalStateException("no secret key stored for " + api));
    return new ApiCredentials(input.host(), input.integrationKey(), stored);
  }

  /** Removes the keys of one API. */
  public void delete(Handle handle, String ownerKind, String ownerId, DuoApi api) {
    handle
        .createUpdate(
            "DELETE FROM api_credentials WHERE owner_kind = :kind AND owner_id = :owner AND api = :api")
        .bind("kind", ownerKind)
        .bind("owner", ownerId)
        .bind("api", api.name())
        .execute();
    vault.delete(handle, new SecretRef(ownerKind, ownerId, secretName(api)));
  }

  /** Removes the keys of every API of the owner (not its other secrets). */
  public void deleteAll(Handle handle, String ownerKind, String ownerId) {
    for (DuoApi api : DuoApi.values()) {
      delete(handle, ownerKind, ownerId, api);
    }
  }

  private static String secretName(DuoApi api) {
    return api.name() + ".secret_key";
  }
}
