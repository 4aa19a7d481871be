package io.duoctl.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.ApiErrors;
import io.duoctl.app.api.ApiException;
import io.duoctl.core.errors.FieldError;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncListFilter;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * duoctl's tools as the SDK serves them: each call audited with the client's identity, its result
 * as JSON (text and structured content), and every refusal or failure an error result ({@code
 * isError}) with the message and fields the REST API would give, never a stack trace. The list a
 * caller sees holds only the tools its scope allows. Thread-safe.
 */
final class McpTools {

  private final Map<String, DuoctlTool> byName = new LinkedHashMap<>();
  private final Function<McpTransportContext, McpCaller> callers;
  private final McpAudit audit;

  McpTools(
      List<ToolSource> sources, Function<McpTransportContext, McpCaller> callers, McpAudit audit) {
    sources.forEach(source -> source.tools().forEach(t -> byName.put(t.tool().name(), t)));
    this.callers = callers;
    this.audit = audit;
  }

  List<SyncToolSpecification> specifications() {
    return byName.values().stream()
        .map(
            tool ->
                SyncToolSpecification.builder()
                    .tool(tool.tool())
                    .callHandler((exchange, request) -> call(tool, exchange, request))
                    .build())
        .toList();
  }

  /** Shows a caller the tools its scope allows. */
  McpSyncListFilter<McpSchema.Tool> visibility() {
    return (context, tool) -> {
      DuoctlTool known = byName.get(tool.name());
      return known != null && callers.apply(context).scope().includes(known.scope());
    };
  }

  private CallToolResult call(
      DuoctlTool tool, McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
    McpCaller caller = callers.apply(exchange.transportContext());
    String actor = caller.actor(exchange.getClientInfo());
    String name = tool.tool().name();
    CallToolResult result;
    String outcome;
    try {
      JsonNode arguments =
          McpJson.tree(request.arguments() == null ? Map.of() : request.arguments());
      JsonNode json = tool.call(arguments, caller, actor);
      result =
          CallToolResult.builder()
              .addTextContent(McpJson.text(json))
              .structuredContent(McpJson.map(json))
              .isError(false)
              .build();
      outcome = "ok";
    } catch (RuntimeException e) {
      ApiException error = ApiErrors.map(e);
      result = error(error);
      outcome = error.code();
    }
    audit.record(actor, McpAudit.TOOL_CALLED, name, outcome);
    return result;
  }

  private static CallToolResult error(ApiException error) {
    StringBuilder text = new StringBuilder(error.getMessage());
    for (FieldError field : error.fields()) {
      text.append('\n').append(field.field()).append(": ").append(field.message());
    }
    return CallToolResult.builder()
        .addTextContent(text.toString())
        .structuredContent(McpJson.map(ApiErrors.body(error)))
        .isError(true)
        .build();
  }
}
