package io.duoctl.app.console;

import io.duoctl.app.web.ClasspathFiles;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the console's script and style from the classpath: our own CSS and JavaScript, and htmx
 * from its WebJar. Nothing is fetched from elsewhere (the CSP allows only 'self').
 */
final class Assets {
  private static final String OWN = "io/duoctl/app/console/assets/";

  private record Asset(String resource, String contentType) {}

  private static final Map<String, Asset> FILES =
      Map.of(
          "console.css", new Asset(OWN + "console.css", "text/css; charset=utf-8"),
          "console.js", new Asset(OWN + "console.js", "text/javascript; charset=utf-8"),
          "htmx.min.js", new Asset(null, "text/javascript; charset=utf-8"));

  private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

  void serve(Context ctx) {
    String name = ctx.pathParam("name");
    Asset asset = FILES.get(name);
    if (asset == null) {
      throw new NotFoundResponse("no such console asset");
    }
    byte[] body = loaded.computeIfAbsent(name, n -> ClasspathFiles.read(resourceOf(asset)));
    ctx.contentType(asset.contentType())
        .header("Cache-Control", "public, max-age=3600")
        .result(body);
  }

  private static String resourceOf(Asset asset) {
    return asset.resource() != null
        ? asset.resource()
        : ClasspathFiles.webJarFile("org.webjars.npm", "htmx.org", "dist/htmx.min.js");
  }
}
