package io.duoctl.emulator.authapi;

import io.duoctl.emulator.model.Account;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The authentications of one account by txid, for {@code auth_status}. Thread-safe. */
final class AuthTransactions {

  private static final int KEPT = 10_000;

  private final Map<String, AuthTransaction> byTxid =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AuthTransaction> eldest) {
          return size() > KEPT;
        }
      };

  static AuthTransactions of(Account account) {
    return account.state(AuthTransactions.class, AuthTransactions::new);
  }

  synchronized void add(AuthTransaction transaction) {
    byTxid.put(transaction.txid(), transaction);
  }

  synchronized Optional<AuthTransaction> find(String txid) {
    return Optional.ofNullable(byTxid.get(txid));
  }
}
