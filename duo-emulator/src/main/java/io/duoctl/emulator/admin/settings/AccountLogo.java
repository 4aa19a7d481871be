package io.duoctl.emulator.admin.settings;

import io.duoctl.emulator.model.Account;
import java.util.Arrays;
import java.util.Optional;

/**
 * One account's logo (a PNG), shown by Duo Mobile and served by {@code /admin/v1/logo} and {@code
 * /auth/v2/logo}. Thread-safe.
 */
public final class AccountLogo {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private byte[] png;

  /** The logo of {@code account}. */
  public static AccountLogo of(Account account) {
    return account.state(AccountLogo.class, AccountLogo::new);
  }

  /** The PNG bytes, if a logo is set. */
  public synchronized Optional<byte[]> png() {
    return Optional.ofNullable(png).map(byte[]::clone);
  }

  /**
   * Sets the logo.
   *
   * @throws IllegalArgumentException if the bytes are not a PNG
   */
  public synchronized void set(byte[] bytes) {
    if (!isPng(bytes)) {
      throw new IllegalArgumentException("the logo must be a PNG image");
    }
    this.png = bytes.clone();
  }

  /** Removes the logo. */
  public synchronized void clear() {
    this.png = null;
  }

  static boolean isPng(byte[] bytes) {
    return bytes != null
        && bytes.length > PNG_SIGNATURE.length
        && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE);
  }
}
