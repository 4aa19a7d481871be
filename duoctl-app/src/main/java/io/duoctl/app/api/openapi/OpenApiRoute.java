package io.duoctl.app.api.openapi;

import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.ApiRoutes;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.access.ApiScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 document of every route in the table, itself
 * included, rendered from the same {@link ApiRoutes} the server installs.
 */
public final class OpenApiRoute {

  /** Where the document is served. */
  public static final String PATH = "/api/openapi.json";

  private OpenApiRoute() {}

  /**
   * The route; it renders {@code routes} as they are when a request comes, so add it to the same
   * table.
   */
  public static ApiRoute route(ApiRoutes routes) {
    OpenApiDocument document = new OpenApiDocument(version());
    return ApiRoute.get(PATH, ApiScope.READ)
        .operationId("getOpenApiDocument")
        .summary("This OpenAPI 3.1 document")
        .description(
            "Every route and every action's input schema, for workflow platforms to import.")
        .tag("meta")
        .response(JsonSchemas.anyObject("An OpenAPI 3.1 document"))
        .handle(call -> document.render(routes.all()));
  }

  /** duoctl's version, from the build. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in =
        OpenApiRoute.class.getResourceAsStream("/io/duoctl/app/duoctl.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
