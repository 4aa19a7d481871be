/**
 * Who may use duoctl: bearer tokens of the REST API ({@link io.duoctl.core.access.ApiTokenService},
 * table {@code api_token}), each with one {@link io.duoctl.core.access.ApiScope}. Migration V200
 * also holds the console's operators and failed sign-ins.
 */
package io.duoctl.core.access;
