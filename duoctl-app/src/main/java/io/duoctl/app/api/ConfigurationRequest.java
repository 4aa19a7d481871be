package io.duoctl.app.api;

import java.util.List;

/**
 * The body of {@code PUT} and {@code PATCH /api/v1/configurations/{name}}: the keys of up to three
 * Duo APIs (the nine parameters) and the advanced settings. Secret keys and the proxy password are
 * write-only: left out, the stored one is kept.
 *
 * @param auth the Auth API keys, or null
 * @param accounts the Accounts API keys, or null
 * @param admin the Admin API keys, or null
 * @param advanced connection settings, or null
 * @param remove for PATCH: APIs whose keys to delete ({@code auth}, {@code accounts}, {@code
 *     admin}) and {@code proxy} to drop the proxy; null or empty for none
 */
record ConfigurationRequest(
    ApiKeys auth, ApiKeys accounts, ApiKeys admin, Advanced advanced, List<String> remove) {

  /** One API's keys; in PATCH a left-out host or integration key keeps the stored one. */
  record ApiKeys(String host, String integrationKey, String secretKey) {}

  /** Connection settings; in PATCH a left-out field keeps the stored value. */
  record Advanced(
      String signatureVersion,
      Integer connectTimeout,
      Integer requestTimeout,
      Proxy proxy,
      String trustStorePath,
      Boolean allowPlainHttp,
      Integer callDeadline,
      Integer syncCallDeadline) {}

  /** An HTTP proxy; a left-out password keeps the stored one. */
  record Proxy(String host, Integer port, String user, String password) {}
}
