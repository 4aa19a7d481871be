package io.duoctl.core.mapping;

import io.duoctl.client.DuoTarget;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.DuoApi;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to call one Duo API "as" an organization: host, keys, and for child-account access
 * the {@code account_id} to add to every request. The secret key stays a {@link Secret}; {@link
 * #toString()} masks it.
 *
 * @param accountId the child account id for access through the parent's keys, or null
 * @param advanced the configuration's connection settings (signature version, timeouts, proxy)
 */
public record ResolvedTarget(
    String organizationId,
    String organizationName,
    DuoApi api,
    String host,
    String integrationKey,
    Secret secretKey,
    String accountId,
    AdvancedSettings advanced) {
  public ResolvedTarget {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(integrationKey, "integrationKey");
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(advanced, "advanced");
  }

  /** The duo-client target for this resolution (the secret key is revealed to the client). */
  public DuoTarget toDuoTarget() {
    return new DuoTarget(host, integrationKey, secretKey.reveal(), childAccountId());
  }

  /** The child account id, when the call goes through the parent's keys. */
  public Optional<String> childAccountId() {
    return Optional.ofNullable(accountId);
  }
}
