package io.duoctl.core.settings;

import io.duoctl.core.secrets.Secret;

/**
 * An HTTP proxy for calls to Duo.
 *
 * @param host proxy hostname
 * @param port proxy port, 1 to 65535
 * @param user proxy user, or null for no authentication
 * @param password proxy password (write-only: null in an update keeps the stored one), or null
 */
public record ProxySettings(String host, int port, String user, Secret password) {}
