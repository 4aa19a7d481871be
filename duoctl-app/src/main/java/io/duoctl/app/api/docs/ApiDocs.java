package io.duoctl.app.api.docs;

import io.duoctl.app.web.ClasspathFiles;
import io.duoctl.app.web.WebModule;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /api/docs}: the API explorer, Swagger UI from its WebJar over {@code /api/openapi.json};
 * nothing comes from elsewhere. The page and its files need no token: the page asks for one, loads
 * the document with it and sends it with every request it tries ("Authorize" shows it).
 */
public final class ApiDocs implements WebModule {
  /** Where the explorer is served. */
  public static final String PATH = "/api/docs";

  /**
   * Swagger UI's own script only, no inline script; its components set inline styles and it draws
   * icons from {@code data:} images.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none';"
          + " form-action 'self'; base-uri 'none'";

  private static final String OWN = "io/duoctl/app/api/docs/";
  private static final String JS = "text/javascript; charset=utf-8";
  private static final String CSS = "text/css; charset=utf-8";

  private record File(String resource, String contentType) {}

  private static final Map<String, File> FILES =
      Map.of(
          "swagger-ui.css", new File(swaggerUi("swagger-ui.css"), CSS),
          "swagger-ui-bundle.js", new File(swaggerUi("swagger-ui-bundle.js"), JS),
          "api-docs.css", new File(OWN + "api-docs.css", CSS),
          "api-docs.js", new File(OWN + "api-docs.js", JS));

  private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

  /** Whether {@code path} is the explorer's, which the API serves without a token. */
  public static boolean serves(String path) {
    return path.equals(PATH) || path.startsWith(PATH + "/");
  }

  @Override
  public void install(JavalinConfig config) {
    config.routes.get(PATH, this::page);
    config.routes.get(PATH + "/{name}", this::file);
  }

  private void page(Context ctx) {
    send(ctx, "text/html; charset=utf-8", read("index.html", OWN + "index.html"))
        .header("Cache-Control", "no-store");
  }

  private void file(Context ctx) {
    String name = ctx.pathParam("name");
    File file = FILES.get(name);
    if (file == null) {
      throw new NotFoundResponse("no such file of the API explorer");
    }
    send(ctx, file.contentType(), read(name, file.resource()))
        .header("Cache-Control", "public, max-age=3600");
  }

  private byte[] read(String name, String resource) {
    return loaded.computeIfAbsent(name, n -> ClasspathFiles.read(resource));
  }

  private static Context send(Context ctx, String contentType, byte[] body) {
    return ctx.contentType(contentType)
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("Referrer-Policy", "same-origin")
        .header("X-Frame-Options", "DENY")
        .result(body);
  }

  private static String swaggerUi(String file) {
    return ClasspathFiles.webJarFile("org.webjars", "swagger-ui", file);
  }
}
