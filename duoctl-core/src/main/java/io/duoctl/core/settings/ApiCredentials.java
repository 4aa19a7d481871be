package io.duoctl.core.settings;

import io.duoctl.core.secrets.Secret;
import java.util.Objects;

/**
 * Stored keys of one Duo API application: API hostname, integration key and secret key. Its {@link
 * #toString()} masks the secret key.
 */
public record ApiCredentials(String host, String integrationKey, Secret secretKey) {
  public ApiCredentials {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(integrationKey, "integrationKey");
    Objects.requireNonNull(secretKey, "secretKey");
  }
}
