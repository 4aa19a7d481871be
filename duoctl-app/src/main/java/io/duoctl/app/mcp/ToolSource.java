package io.duoctl.app.mcp;

import java.util.List;

/**
 * A family of duoctl's MCP tools: the action catalog ({@link ActionTools}) and the report catalog
 * ({@link ReportTools}), listed in {@link McpServers#sources}.
 */
interface ToolSource {

  /** Every tool of the family, whatever the caller's scope. */
  List<DuoctlTool> tools();
}
