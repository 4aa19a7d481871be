package io.duoctl.app.console.orgs;

import io.duoctl.core.mapping.DuoAccount;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a technician typed or picked into an organization's "Duo account" field, read against the
 * cached account list: an account id, a name, or the {@code Name (ID)} text the picker offers.
 */
final class AccountChoice {

  private AccountChoice() {}

  /** The text the picker shows for an account: {@code Harbor Dental Group (DAIZ…)}. */
  static String label(DuoAccount account) {
    return account.name() + " (" + account.accountId() + ")";
  }

  /**
   * The account id chosen by {@code text}; empty for blank text (no mapping).
   *
   * @throws IllegalArgumentException naming the text and the fix when no single account fits
   */
  static Optional<String> resolve(String text, List<DuoAccount> accounts) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    String id = typed;
    if (typed.endsWith(")") && typed.lastIndexOf('(') >= 0) {
      id = typed.substring(typed.lastIndexOf('(') + 1, typed.length() - 1).strip();
    }
    for (DuoAccount account : accounts) {
      if (account.accountId().equals(id)) {
        return Optional.of(account.accountId());
      }
    }
    List<DuoAccount> byName =
        accounts.stream()
            .filter(a -> a.name().toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT)))
            .toList();
    if (byName.size() == 1) {
      return Optional.of(byName.get(0).accountId());
    }
    if (byName.size() > 1) {
      throw new IllegalArgumentException(
          "several Duo accounts are named \"" + typed + "\"; pick one with its id from the list");
    }
    throw new IllegalArgumentException(
        "no Duo account \""
            + typed
            + "\" in the cached list; pick one from the list or refresh the Duo accounts");
  }
}
