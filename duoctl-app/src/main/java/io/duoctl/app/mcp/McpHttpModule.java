package io.duoctl.app.mcp;

import io.duoctl.app.Duoctl;
import io.duoctl.app.web.WebModule;
import io.javalin.config.JavalinConfig;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * duoctl's MCP server over streamable HTTP at {@value #PATH}: the SDK's servlet transport mounted
 * on the web server's Jetty next to Javalin's, behind {@link McpBearerFilter}. The MCP server is
 * built when the module is installed and closed when the web server stops.
 */
public final class McpHttpModule implements WebModule {

  /** Where MCP clients connect. */
  public static final String PATH = "/mcp";

  private final Duoctl duoctl;

  public McpHttpModule(Duoctl duoctl) {
    this.duoctl = duoctl;
  }

  @Override
  public void install(JavalinConfig config) {
    HttpServletStreamableServerTransportProvider transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(McpJson.protocol())
            .mcpEndpoint(PATH)
            .contextExtractor(
                request ->
                    McpTransportContext.create(
                        Map.of(McpCaller.CONTEXT_KEY, request.getAttribute(McpCaller.CONTEXT_KEY))))
            .build();
    McpSyncServer server = McpServers.http(duoctl, transport);
    config.jetty.modifyServletContextHandler(
        handler -> {
          handler.addFilter(
              new FilterHolder(new McpBearerFilter(duoctl.apiTokens()::authenticate)),
              PATH,
              EnumSet.of(DispatcherType.REQUEST));
          ServletHolder servlet = new ServletHolder(transport);
          servlet.setAsyncSupported(true);
          handler.addServlet(servlet, PATH);
        });
    config.events.serverStopping(server::closeGracefully);
  }
}
