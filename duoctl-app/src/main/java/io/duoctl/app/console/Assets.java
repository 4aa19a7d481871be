package io.duoctl.app.console;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the console's script and style from the classpath: our own CSS and JavaScript, and htmx
 * from its WebJar. Nothing is fetched from elsewhere (the CSP allows only 'self').
 */
final class Assets {
  private static final String OWN = "io/duoctl/app/console/assets/";
  private static final String HTMX_POM = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

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
    byte[] body = loaded.computeIfAbsent(name, n -> read(resourceOf(asset)));
    ctx.contentType(asset.contentType())
        .header("Cache-Control", "public, max-age=3600")
        .result(body);
  }

  private static String resourceOf(Asset asset) {
    if (asset.resource() != null) {
      return asset.resource();
    }
    Properties pom = new Properties();
    try (InputStream in = stream(HTMX_POM)) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read htmx's WebJar version", e);
    }
    return "META-INF/resources/webjars/htmx.org/"
        + pom.getProperty("version")
        + "/dist/htmx.min.js";
  }

  private static byte[] read(String resource) {
    try (InputStream in = stream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read console asset " + resource, e);
    }
  }

  private static InputStream stream(String resource) {
    InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("console asset missing from the jar: " + resource);
    }
    return in;
  }
}
