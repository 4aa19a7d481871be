package io.duoctl.emulator.admin.internal;

import io.duoctl.emulator.model.Account;

/**
 * The one monitor every Admin API state class of an account synchronizes on. Users, phones, groups,
 * tokens and bypass codes refer to one another (deleting a user detaches its phones), so a single
 * per-account lock keeps them consistent without lock ordering. Reentrant, as monitors are.
 */
public final class AccountLock {

  private AccountLock() {}

  /** The account's lock object. */
  public static Object of(Account account) {
    return account.state(AccountLock.class, AccountLock::new);
  }
}
