package io.duoctl.app.mcp;

import java.util.List;

/**
 * A family of duoctl's MCP tools. The action catalog is one ({@link ActionTools}); the report
 * catalog ({@code io.duoctl.core.reports}) is to be the next, as a source of its own added in
 * {@link McpServers#sources}.
 */
interface ToolSource {

  /** Every tool of the family, whatever the caller's scope. */
  List<DuoctlTool> tools();
}
