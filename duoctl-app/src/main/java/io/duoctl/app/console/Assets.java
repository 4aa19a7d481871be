package io.duoctl.app.console;

import io.duoctl.app.web.ClasspathFiles;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the console's script and style from the classpath: our own CSS and JavaScript, htmx and
 * uPlot (the dashboard's charts) from their WebJars. Nothing is fetched from elsewhere (the CSP
 * allows only 'self').
 */
final class Assets {
  private static final String OWN = "io/duoctl/app/console/assets/";

  private static final String CSS = "text/css; charset=utf-8";
  private static final String JS = "text/javascript; charset=utf-8";

  /**
   * A file of ours ({@code webJar} null, {@code file} under {@link #OWN}) or of a WebJar of group
   * {@code org.webjars.npm}.
   */
  private record Asset(String webJar, String file, String contentType) {}

  private static final Map<String, Asset> FILES =
      Map.of(
          "console.css", new Asset(null, "console.css", CSS),
          "console.js", new Asset(null, "console.js", JS),
          "charts.js", new Asset(null, "charts.js", JS),
          "htmx.min.js", new Asset("htmx.org", "dist/htmx.min.js", JS),
          "uPlot.iife.min.js", new Asset("uplot", "dist/uPlot.iife.min.js", JS),
          "uPlot.min.css", new Asset("uplot", "dist/uPlot.min.css", CSS));

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
    return asset.webJar() == null
        ? OWN + asset.file()
        : ClasspathFiles.webJarFile("org.webjars.npm", asset.webJar(), asset.file());
  }
}
