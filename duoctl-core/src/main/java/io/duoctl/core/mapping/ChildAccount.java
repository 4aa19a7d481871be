package io.duoctl.core.mapping;

import java.util.Objects;

/**
 * A Duo child account as the Accounts API lists it.
 *
 * @param accountId e.g. {@code DA9VZOC5X63I2W72NRP9}
 * @param name the account's name in Duo
 * @param apiHostname the child's API hostname, e.g. {@code api-1234abcd.duosecurity.com}
 */
public record ChildAccount(String accountId, String name, String apiHostname) {
  public ChildAccount {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(apiHostname, "apiHostname");
  }
}
