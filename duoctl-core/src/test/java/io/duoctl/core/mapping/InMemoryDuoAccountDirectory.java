package io.duoctl.core.mapping;

import io.duoctl.core.settings.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A hand-written fake of the Accounts API's child list. */
final class InMemoryDuoAccountDirectory implements DuoAccountDirectory {
  private final List<ChildAccount> accounts = new ArrayList<>();
  private RuntimeException failure;
  final List<String> calls = new ArrayList<>();

  InMemoryDuoAccountDirectory add(String accountId, String name) {
    accounts.add(
        new ChildAccount(
            accountId,
            name,
            "api-" + accountId.substring(12).toLowerCase(Locale.ROOT) + ".duosecurity.com"));
    return this;
  }

  InMemoryDuoAccountDirectory remove(String accountId) {
    accounts.removeIf(a -> a.accountId().equals(accountId));
    return this;
  }

  void failWith(RuntimeException e) {
    failure = e;
  }

  @Override
  public List<ChildAccount> listChildAccounts(Configuration configuration) {
    calls.add(configuration.name());
    if (failure != null) {
      throw failure;
    }
    return List.copyOf(accounts);
  }
}
