/**
 * Stored HTTP connections for workflow {@code http} steps: a name, a base URL and headers whose
 * values (a PSA's credentials) are encrypted at rest by the secret vault and never shown again
 * ({@link io.duoctl.core.workflows.connections.ConnectionService}, tables {@code
 * workflow_connection} and {@code workflow_connection_header}), and the client that sends a step's
 * request through one ({@link io.duoctl.core.workflows.connections.StoredConnections}, the {@link
 * io.duoctl.core.workflows.connections.ConnectionCalls} of the workflow engine).
 */
package io.duoctl.core.workflows.connections;
