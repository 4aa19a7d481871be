package io.duoctl.core.settings;

/**
 * Checks a configuration's keys against Duo with one cheap signed call per configured API (Auth
 * {@code /auth/v2/check}, Accounts {@code account/list}, Admin a read such as {@code
 * /admin/v1/info/summary}). Implemented on top of duo-client; core only defines the port.
 *
 * <p>Implementations must return a check for every {@link DuoApi} ({@link
 * ValidationStatus#NOT_CONFIGURED} for APIs without keys), must not throw for Duo or network
 * failures (those are statuses), and must never put a key into a message.
 */
public interface ApiValidator {
  ValidationReport validate(Configuration configuration);
}
