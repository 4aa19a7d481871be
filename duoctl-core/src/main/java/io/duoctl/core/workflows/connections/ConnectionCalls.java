package io.duoctl.core.workflows.connections;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sends HTTP requests through stored connections (a PSA's base URL and its credentials), for a
 * workflow's {@code http} steps. Implementations are thread-safe and never put a credential in a
 * message or a reply.
 */
public interface ConnectionCalls {

  /**
   * Sends {@code method} to {@code path} (relative to the connection's base URL) with {@code body}
   * as JSON (null for none), with the connection's headers.
   *
   * @return the status and body of the answer, whatever the status
   * @throws UnknownConnectionException if no connection has that name
   * @throws ConnectionFailedException if no answer came (refused, timed out, TLS), naming the
   *     connection and why, never a credential
   */
  HttpReply send(String connection, String method, String path, JsonNode body);
}
