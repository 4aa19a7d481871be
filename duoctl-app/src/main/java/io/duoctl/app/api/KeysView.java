package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Duo API's keys as the API shows them, in a configuration or an organization's own keys: the
 * secret key never, only that it is stored.
 */
record KeysView(String host, String integrationKey, boolean secretKeySet) {

  /** Keys whose secret key is stored (stored keys always have one). */
  static KeysView stored(String host, String integrationKey) {
    return new KeysView(host, integrationKey, true);
  }

  /** Keys by API ({@code auth}, {@code accounts}, {@code admin}). */
  static ObjectNode byApiSchema(String description) {
    return JsonSchemas.mapOf(
        description,
        JsonSchemas.object()
            .required("host", JsonSchemas.string("API hostname, e.g. api-xxxxxxxx.duosecurity.com"))
            .required("integration_key", JsonSchemas.string("Integration key (DI...)"))
            .required("secret_key_set", JsonSchemas.bool("Always true: the secret key is stored"))
            .build());
  }
}
