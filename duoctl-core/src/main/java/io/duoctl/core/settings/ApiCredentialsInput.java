package io.duoctl.core.settings;

import io.duoctl.core.secrets.Secret;

/**
 * Keys entered for one API. The secret key is write-only: null keeps the one already stored (and is
 * an error when none is stored yet).
 *
 * @param host the API hostname, e.g. {@code api-1234abcd.duosecurity.com}, optionally with a port
 * @param integrationKey the 20-character integration key starting {@code DI}
 * @param secretKey the 40-character secret key, or null to keep the stored one
 */
public record ApiCredentialsInput(String host, String integrationKey, Secret secretKey) {}
