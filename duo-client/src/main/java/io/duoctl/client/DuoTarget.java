package io.duoctl.client;

import io.duoctl.client.http.DuoRequest;
import java.util.List;
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

  private static final String ACCOUNT_ID = "account_id";

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

  /**
   * {@code request} as this target sends it: for a child account, with the child's {@code
   * account_id} added to its parameters (and so to the signature). A value the caller already gave
   * is never replaced: the same id is kept as it is, another one is refused. The transport and a
   * dry-run plan both go through here, so a plan shows what would be sent.
   *
   * @throws ConflictingParameterException if the request's parameters or JSON body carry another
   *     {@code account_id}, naming both ids
   */
  public DuoRequest bind(DuoRequest request) {
    if (accountId.isEmpty()) {
      return request;
    }
    String id = accountId.get();
    Optional<String> inBody =
        request.jsonBody().map(body -> body.get(ACCOUNT_ID)).map(value -> value.asText());
    Optional<String> given = request.params().has(ACCOUNT_ID) ? paramValue(request) : inBody;
    if (given.isPresent() && !given.get().equals(id)) {
      throw new ConflictingParameterException(
          ACCOUNT_ID,
          "account_id "
              + given.get()
              + " of "
              + request
              + " conflicts with "
              + id
              + ", the child account this client is bound to; nothing was sent. Leave account_id"
              + " out (it is added for you), or use a client bound to "
              + given.get());
    }
    return given.isPresent() ? request : request.param(ACCOUNT_ID, id);
  }

  private static Optional<String> paramValue(DuoRequest request) {
    List<String> values = request.params().all(ACCOUNT_ID);
    return Optional.of(values.size() == 1 ? values.get(0) : String.join(",", values));
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
