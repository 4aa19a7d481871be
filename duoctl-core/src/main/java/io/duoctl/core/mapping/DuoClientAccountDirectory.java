package io.duoctl.core.mapping;

import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.DuoClientFactory;
import java.util.List;

/**
 * Lists a parent's child accounts with the Accounts API ({@code /accounts/v1/account/list}),
 * through a client built from the configuration's own connection settings. Thread-safe.
 *
 * <p>Duo failures propagate as {@link io.duoctl.client.DuoApiException}s; a configuration without
 * Accounts API keys fails with {@link MissingApiKeysException}.
 */
public final class DuoClientAccountDirectory implements DuoAccountDirectory {
  private final DuoClientFactory clients;

  public DuoClientAccountDirectory(DuoClientFactory clients) {
    this.clients = clients;
  }

  @Override
  public List<ChildAccount> listChildAccounts(Configuration configuration) {
    DuoTarget target =
        DuoClientFactory.target(configuration, DuoApi.ACCOUNTS)
            .orElseThrow(
                () ->
                    new MissingApiKeysException(
                        "configuration \""
                            + configuration.name()
                            + "\" has no Accounts API keys, so its child accounts cannot be"
                            + " listed; add them (duoctl config set --accounts-host ...)"));
    try (DuoClient client = clients.client(configuration.advanced())) {
      String parentHost = target.host();
      return client.accounts(target).list().stream()
          .map(
              child ->
                  new ChildAccount(
                      child.accountId(),
                      child.name() == null ? child.accountId() : child.name(),
                      child.apiHostname() == null || child.apiHostname().isBlank()
                          ? parentHost
                          : child.apiHostname()))
          .toList();
    }
  }
}
