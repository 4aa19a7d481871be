package io.duoctl.app.mcp;

import io.duoctl.core.access.ApiScope;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Objects;

/**
 * Who calls duoctl's MCP server, and what they may do.
 *
 * @param principal who it is as the audit names them: {@code api:<token name>} over HTTP, the local
 *     user ({@code cli:alice}) over stdio
 * @param scope what the token, or the {@code --scope} of {@code duoctl mcp}, allows
 */
public record McpCaller(String principal, ApiScope scope) {

  /** The key of the caller in an HTTP request's MCP transport context. */
  static final String CONTEXT_KEY = "duoctl.mcp.caller";

  public McpCaller {
    if (principal == null || principal.isBlank()) {
      throw new IllegalArgumentException("principal must name who calls");
    }
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * The audit actor of a call by {@code client} (as it named itself at initialization, null when
   * unknown), e.g. {@code mcp:claude-desktop/1.2 via api:assistant}.
   */
  String actor(McpSchema.Implementation client) {
    String name = client == null ? "unknown-client" : client.name() + "/" + client.version();
    return "mcp:" + name + " via " + principal;
  }
}
