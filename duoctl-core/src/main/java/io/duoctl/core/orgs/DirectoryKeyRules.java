package io.duoctl.core.orgs;

import io.duoctl.core.secrets.Secret;
import java.util.Optional;

/**
 * What a directory key ({@code duo_admin_api_directory_key}) must look like. Duo offers no call
 * that checks one without syncing a user ({@code POST
 * /admin/v1/users/directorysync/{key}/syncuser}), so duoctl checks only its form: it travels as a
 * path segment, so it must be one printable word. Messages never echo the key.
 */
public final class DirectoryKeyRules {
  /** The longest directory key accepted. */
  public static final int MAX_LENGTH = 200;

  private static final String WHERE =
      "copy it again from Users > Directory Sync > the directory > Admin API directory key in the"
          + " Duo Admin Panel";

  private DirectoryKeyRules() {}

  /** What is wrong with {@code key}, or empty when it is well-formed. */
  public static Optional<String> problem(Secret key) {
    String text = key == null ? "" : key.reveal().strip();
    if (text.isEmpty()) {
      return Optional.of("is required; " + WHERE);
    }
    if (text.length() > MAX_LENGTH) {
      return Optional.of(
          "is " + text.length() + " characters, more than " + MAX_LENGTH + "; " + WHERE);
    }
    if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7f && "/?#%\\".indexOf(c) < 0)) {
      return Optional.of(
          "must be one word of printable characters without spaces, /, ?, #, % or \\; " + WHERE);
    }
    return Optional.empty();
  }
}
