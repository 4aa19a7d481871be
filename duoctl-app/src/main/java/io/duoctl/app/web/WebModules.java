package io.duoctl.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiModule;
import io.duoctl.app.api.DuoctlApi;
import io.duoctl.app.api.docs.ApiDocs;
import io.duoctl.app.console.ConsoleModule;
import io.duoctl.app.mcp.McpHttpModule;
import java.util.List;

/** Assembles the modules duoctl's server runs with. */
public final class WebModules {
  private WebModules() {}

  /**
   * Every module served over {@code duoctl}, in install order: the REST API (with {@code /health},
   * {@code /health/ready} and {@code /metrics}), its explorer (under {@code /api/docs}) and the web
   * console (under {@code /console}) and the MCP server (at {@code /mcp}).
   */
  public static List<WebModule> forDuoctl(Duoctl duoctl, WebServerOptions options) {
    ObjectMapper mapper = jsonMapper();
    return List.of(
        new ApiModule(
            DuoctlApi.routes(duoctl),
            duoctl.apiTokens()::authenticate,
            duoctl.database()::answers,
            duoctl.readiness()::check,
            duoctl.metrics()::scrape,
            duoctl.duoCallTimes(),
            mapper,
            options.maxRequestBytes()),
        new ApiDocs(),
        new ConsoleModule(duoctl),
        new McpHttpModule(duoctl));
  }

  /**
   * The JSON mapper of every module: plain Jackson, record components written and read in
   * snake_case (as Duo's own API and core's field errors name them, e.g. {@code integration_key});
   * null fields are left out.
   */
  public static ObjectMapper jsonMapper() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
  }
}
