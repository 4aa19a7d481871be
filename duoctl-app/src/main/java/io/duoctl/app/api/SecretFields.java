package io.duoctl.app.api;

import io.duoctl.core.secrets.Secret;

/**
 * Secrets read from request bodies: an empty value or a mask read back from a response ({@code
 * ••••k3Tq}) is a 400 naming the field, never a secret stored or a 500.
 */
final class SecretFields {
  private SecretFields() {}

  /**
   * The secret {@code value} of {@code field}, or null when it was left out.
   *
   * @throws ApiException 400 naming {@code field} when the value cannot be a secret
   */
  static Secret of(String field, String value) {
    if (value == null) {
      return null;
    }
    if (value.isEmpty()) {
      throw ApiException.invalidField(
          field, "must not be empty; leave it out to keep the stored one");
    }
    try {
      return Secret.of(value);
    } catch (IllegalArgumentException notASecret) {
      throw ApiException.invalidField(
          field, notASecret.getMessage().replaceFirst("^secret value ", ""));
    }
  }
}
