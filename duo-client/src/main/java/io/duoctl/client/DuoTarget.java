package io.duoctl.client;

import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom to call Duo: an API hostname and one integration's keys, plus, for a child
 * account reached with the parent's Accounts API keys, the child's {@code account_id} (added to
 * every request and covered by the signature).
 *
 * @param host the API hostname, e.g. {@code api-1a2b3c4d.duosecurity.com}; may carry a port
 * @param integrationKey the integration key ({@code DI…})
 * @param secretKey the secret key; never printed by {@link #toString()}
 * @param accountId the child account id for child-account access, else empty
 */
public record DuoTarget(
    String host, String integrationKey, String secretKey, Optional<String> accountId) {

  public DuoTarget {
    requireText(host, "host");
    if (host.contains("://") || host.contains("/")) {
      throw new IllegalArgumentException(
          "host must be a hostname like api-1a2b3c4d.duosecurity.com, without scheme or path");
    }
    requireText(integrationKey, "integrationKey");
    requireText(secretKey, "secretKey");
    Objects.requireNonNull(accountId, "accountId");
  }

  /** A target for one integration on its own account. */
  public static DuoTarget of(String host, String integrationKey, String secretKey) {
    return new DuoTarget(host, integrationKey, secretKey, Optional.empty());
  }

  /**
   * The Admin API of a child account through the parent's Accounts API keys, on the child's own API
   * hostname, as Duo's official clients do it.
   */
  public static DuoTarget childAccount(
      DuoTarget accountsApi, String accountId, String childApiHostname) {
    requireText(accountId, "accountId");
    return new DuoTarget(
        childApiHostname,
        accountsApi.integrationKey,
        accountsApi.secretKey,
        Optional.of(accountId));
  }

  /** This target with another hostname (same keys and account). */
  public DuoTarget withHost(String newHost) {
    return new DuoTarget(newHost, integrationKey, secretKey, accountId);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  @Override
  public String toString() {
    return "DuoTarget["
        + host
        + ", "
        + integrationKey
        + accountId.map(id -> ", account " + id).orElse("")
        + "]";
  }
}
