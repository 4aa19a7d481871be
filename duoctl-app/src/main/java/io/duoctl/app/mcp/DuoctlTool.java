package io.duoctl.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.access.ApiScope;
import io.modelcontextprotocol.spec.McpSchema;

/** One MCP tool of duoctl: what it is, the least scope that sees it, and what it does. */
interface DuoctlTool {

  /** Its name, description, input schema and hints. */
  McpSchema.Tool tool();

  /** The least scope that lists it; a call checks the caller's scope again. */
  ApiScope scope();

  /**
   * Runs it.
   *
   * @param arguments the call's arguments, a JSON object
   * @param caller who calls, with their scope
   * @param actor the audit actor of the call
   * @return the result as REST would show it, secrets redacted
   * @throws RuntimeException any refusal or failure; {@link McpTools} shows it as an error result
   */
  JsonNode call(JsonNode arguments, McpCaller caller, String actor);
}
