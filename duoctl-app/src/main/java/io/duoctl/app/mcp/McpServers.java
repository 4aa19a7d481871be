package io.duoctl.app.mcp;

import io.duoctl.app.Duoctl;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Builds duoctl's MCP server on a transport: the tools of every {@link ToolSource}, the resources,
 * the prompts, each call audited. Over stdio every call is one caller's; over HTTP each request's
 * token decides ({@link McpHttpModule}).
 */
public final class McpServers {

  static final String INSTRUCTIONS =
      "duoctl manages Cisco Duo for every customer organization of an MSP. Tools run one catalog"
          + " action, or one report (the report_ tools: MFA coverage, users in bypass, inactive"
          + " users, weak factors, administrators, accounts, authentication outcomes), over the"
          + " organizations you choose (organizations, tag or all_organizations) and answer with"
          + " rows per organization. Read the resource "
          + McpResources.ORGANIZATIONS
          + " for the organizations and "
          + McpResources.MAPPING_HEALTH
          + " for those duoctl cannot reach. Actions that change Duo are offered only when allowed;"
          + " a destructive one over several organizations needs confirm, the number of"
          + " organizations the user agreed to.";

  private McpServers() {}

  /**
   * Serves {@code caller} over {@code in} and {@code out} (protocol only) until closed.
   *
   * @return the running server; {@link McpSyncServer#closeGracefully()} stops it
   */
  public static McpSyncServer stdio(
      Duoctl duoctl, McpCaller caller, InputStream in, OutputStream out) {
    McpServer.SyncSpecification<?> spec =
        McpServer.sync(new StdioServerTransportProvider(McpJson.protocol(), in, out));
    return build(spec, duoctl, context -> caller);
  }

  /** Serves over a streamable HTTP transport whose requests carry their {@link McpCaller}. */
  static McpSyncServer http(Duoctl duoctl, McpStreamableServerTransportProvider transport) {
    return build(McpServer.sync(transport), duoctl, McpServers::httpCaller);
  }

  /** Every family of tools: the action catalog's and the report catalog's. */
  static List<ToolSource> sources(Duoctl duoctl) {
    return List.of(new ActionTools(duoctl), new ReportTools(duoctl));
  }

  private static McpCaller httpCaller(McpTransportContext context) {
    Object caller = context == null ? null : context.get(McpCaller.CONTEXT_KEY);
    if (caller instanceof McpCaller known) {
      return known;
    }
    throw new IllegalStateException("an MCP request over HTTP came without its token's caller");
  }

  private static McpSyncServer build(
      McpServer.SyncSpecification<?> spec,
      Duoctl duoctl,
      Function<McpTransportContext, McpCaller> callers) {
    McpAudit audit = new McpAudit(duoctl.audit());
    McpTools tools = new McpTools(sources(duoctl), callers, audit);
    McpResources resources = new McpResources(duoctl, callers, audit);
    spec.serverInfo("duoctl", version())
        .instructions(INSTRUCTIONS)
        .jsonMapper(McpJson.protocol())
        .capabilities(
            McpSchema.ServerCapabilities.builder()
                .tools(false)
                .resources(false, false)
                .prompts(false)
                .build())
        .validateToolInputs(false)
        .tools(tools.specifications())
        .addToolFilter(tools.visibility())
        .resources(resources.resources())
        .resourceTemplates(resources.templates())
        .prompts(McpPrompts.prompts());
    return spec.build();
  }

  private static String version() {
    String version = McpServers.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
