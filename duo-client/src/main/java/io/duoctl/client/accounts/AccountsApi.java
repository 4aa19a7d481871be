package io.duoctl.client.accounts;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.internal.Require;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Duo Accounts API of an MSP parent account ({@code /accounts/v1}): its child accounts, and the
 * Admin API of each child reached with the parent's Accounts API keys. Bound to the parent's
 * Accounts API target; creating it sends nothing. Methods throw a {@link DuoApiException} subclass
 * when Duo refuses. Immutable and thread-safe.
 */
public final class AccountsApi {

  private static final String ACCOUNTS = "/accounts/v1/account";

  private final ApiClient api;

  public AccountsApi(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** Signed requests to any Accounts API endpoint. */
  public ApiClient raw() {
    return api;
  }

  /** Every child account (Duo does not page this list). */
  public List<ChildAccount> list() {
    return api.callList(DuoRequest.post(ACCOUNTS + "/list"), ChildAccount.class);
  }

  /** The child account with this id, if the parent has it. */
  public Optional<ChildAccount> find(String accountId) {
    Require.text(accountId, "accountId");
    return list().stream().filter(child -> accountId.equals(child.accountId())).findFirst();
  }

  /** Creates a child account named {@code name} and returns it. */
  public ChildAccount create(String name) {
    return api.call(
        DuoRequest.post(ACCOUNTS + "/create").param("name", Require.text(name, "name")),
        ChildAccount.class);
  }

  /** Deletes a child account and everything in it. */
  public void delete(String accountId) {
    api.call(
        DuoRequest.post(ACCOUNTS + "/delete")
            .param("account_id", Require.text(accountId, "accountId")));
  }

  /**
   * The target for the child's Admin API: the parent's Accounts API keys, the child's {@code
   * account_id}, and the child's API hostname, or the parent's when Duo sent none (Duo accepts the
   * parent host for children on the same deployment).
   *
   * @throws IllegalArgumentException if {@code child} has no account id
   */
  public DuoTarget childAdminTarget(ChildAccount child) {
    String host =
        child.apiHostname() == null || child.apiHostname().isBlank()
            ? api.target().host()
            : child.apiHostname();
    return DuoTarget.childAccount(api.target(), child.accountId(), host);
  }

  /** The child's Admin API, sharing this API's transport. */
  public AdminApi adminFor(ChildAccount child) {
    return new AdminApi(api.withTarget(childAdminTarget(child)));
  }
}
