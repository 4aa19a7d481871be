package io.duoctl.core.orgs;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.secrets.SecretVault;
import io.duoctl.core.settings.ApiCredentials;
import io.duoctl.core.settings.ApiCredentialsInput;
import io.duoctl.core.settings.ApiKeyRules;
import io.duoctl.core.settings.DuoApi;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Manages an organization's secrets: its own Admin/Auth API keys (for {@link AccessMode#OWN_KEYS})
 * and its {@code duo_admin_api_directory_key}. Secrets are write-only: they are encrypted at rest,
 * masked in output, and recorded in the audit log only as set, replaced or removed. Thread-safe.
 */
public final class OrganizationKeyService {
  private final SecretVault vault;
  private final OrganizationStore store;
  private final OrganizationChanges changes;

  public OrganizationKeyService(Jdbi jdbi, SecretVault vault, AuditLog audit, Clock clock) {
    this.vault = vault;
    this.store = new OrganizationStore(vault);
    this.changes = new OrganizationChanges(jdbi, store, audit, clock);
  }

  /**
   * Stores the organization's own keys for {@code api} (Admin or Auth); a null secret key keeps the
   * stored one.
   *
   * @throws InvalidOrganizationException naming every bad field ({@code own_keys.admin.host}, ...)
   */
  public Organization setOwnKeys(String id, DuoApi api, ApiCredentialsInput keys, String actor) {
    return change(id, actor, "own-keys-set", ownKeysChange(id, api, keys));
  }

  /** As {@link #setOwnKeys}, in the caller's transaction (for an import that is all or nothing). */
  Organization setOwnKeys(
      Handle handle, String id, DuoApi api, ApiCredentialsInput keys, String actor) {
    return changes.changeWithin(handle, id, actor, "own-keys-set", ownKeysChange(id, api, keys));
  }

  private OrganizationChanges.Change ownKeysChange(
      String id, DuoApi api, ApiCredentialsInput keys) {
    return (handle, org) -> {
      List<FieldError> errors = new ArrayList<>();
      String prefix = "own_keys." + api.fieldPrefix();
      if (api == DuoApi.ACCOUNTS) {
        errors.add(
            new FieldError(
                prefix,
                "organizations use the parent's Accounts API keys; only Admin and Auth API"
                    + " keys can be their own"));
      }
      ApiKeyRules.check(prefix, keys, org.ownKeys(api).isPresent(), errors);
      OrganizationRules.throwIfAny(errors);
      ApiCredentialsInput clean = ApiKeyRules.normalized(keys);
      store.credentials().save(handle, OrganizationStore.OWNER_KIND, id, api, clean);
      store.touch(handle, id, now());
      Optional<ApiCredentials> was = org.ownKeys(api);
      List<AuditChange> recorded = new ArrayList<>();
      recorded.add(
          AuditChange.of(
              prefix + ".host", was.map(ApiCredentials::host).orElse(null), clean.host()));
      recorded.add(
          AuditChange.of(
              prefix + ".integration_key",
              was.map(ApiCredentials::integrationKey).orElse(null),
              clean.integrationKey()));
      if (keys.secretKey() != null) {
        recorded.add(AuditChange.secret(prefix + ".secret_key", was.isPresent(), true));
      }
      return recorded;
    };
  }

  /** Removes the organization's own keys for {@code api}. */
  public Organization removeOwnKeys(String id, DuoApi api, String actor) {
    return change(
        id,
        actor,
        "own-keys-removed",
        (handle, org) -> {
          store.credentials().delete(handle, OrganizationStore.OWNER_KIND, id, api);
          store.touch(handle, id, now());
          String prefix = "own_keys." + api.fieldPrefix();
          return List.of(
              AuditChange.of(
                  prefix + ".host", org.ownKeys(api).map(k -> k.host()).orElse(null), null),
              AuditChange.secret(prefix + ".secret_key", org.ownKeys(api).isPresent(), false));
        });
  }

  /**
   * Sets (or replaces) the {@code duo_admin_api_directory_key}, stripped of surrounding whitespace.
   *
   * @throws InvalidOrganizationException on field {@code directory_key} if it is not well-formed
   *     ({@link DirectoryKeyRules})
   */
  public Organization setDirectoryKey(String id, Secret directoryKey, String actor) {
    return change(id, actor, "directory-key-set", directoryKeyChange(id, directoryKey));
  }

  /** As {@link #setDirectoryKey}, in the caller's transaction. */
  Organization setDirectoryKey(Handle handle, String id, Secret directoryKey, String actor) {
    return changes.changeWithin(
        handle, id, actor, "directory-key-set", directoryKeyChange(id, directoryKey));
  }

  private OrganizationChanges.Change directoryKeyChange(String id, Secret directoryKey) {
    DirectoryKeyRules.problem(directoryKey)
        .ifPresent(p -> OrganizationRules.throwIfAny(List.of(new FieldError("directory_key", p))));
    Secret clean = Secret.of(directoryKey.reveal().strip());
    return (handle, org) -> {
      vault.put(handle, OrganizationStore.directoryKeyRef(id), clean);
      store.touch(handle, id, now());
      return List.of(AuditChange.secret("directory_key", org.directoryKey() != null, true));
    };
  }

  /** Removes the directory key. */
  public Organization clearDirectoryKey(String id, String actor) {
    return change(
        id,
        actor,
        "directory-key-cleared",
        (handle, org) -> {
          vault.delete(handle, OrganizationStore.directoryKeyRef(id));
          store.touch(handle, id, now());
          return List.of(AuditChange.secret("directory_key", org.directoryKey() != null, false));
        });
  }

  private Organization change(
      String id, String actor, String action, OrganizationChanges.Change change) {
    return changes.change(id, actor, action, change);
  }

  private Instant now() {
    return changes.now();
  }
}
