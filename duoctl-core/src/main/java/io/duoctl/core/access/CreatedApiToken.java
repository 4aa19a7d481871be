package io.duoctl.core.access;

import java.util.Objects;

/**
 * A token just created, with its secret: the only time the plaintext exists. Show it to the person
 * who created it once, then drop it. {@link #toString()} masks the plaintext.
 *
 * @param token the stored token
 * @param plaintext the full token to present as {@code Authorization: Bearer <plaintext>}
 */
public record CreatedApiToken(ApiToken token, String plaintext) {
  public CreatedApiToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(plaintext, "plaintext");
  }

  @Override
  public String toString() {
    return "CreatedApiToken[token=" + token + ", plaintext=" + token.prefix() + "…(hidden)]";
  }
}
