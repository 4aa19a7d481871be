package io.duoctl.core.mapping;

import java.util.List;

/** The outcome of refreshing a configuration's Duo account cache. */
public record AccountRefresh(List<DuoAccount> accounts, List<String> added, List<String> removed) {
  public AccountRefresh {
    accounts = List.copyOf(accounts);
    added = List.copyOf(added);
    removed = List.copyOf(removed);
  }
}
