/**
 * Who may use duoctl, each with one {@link io.duoctl.core.access.ApiScope}: bearer tokens of the
 * REST API ({@link io.duoctl.core.access.ApiTokenService}, table {@code api_token}) and the people
 * who sign in to the web console ({@link io.duoctl.core.access.OperatorService}, tables {@code
 * console_operator} and {@code sign_in_failure}; the first one through {@link
 * io.duoctl.core.access.FirstOperatorSetup}), and their console sessions ({@link
 * io.duoctl.core.access.SessionService}, table {@code console_session}). Migrations V200 and V300.
 */
package io.duoctl.core.access;
