package io.duoctl.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.Duoctl;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.List;
import org.eclipse.jetty.http.UriCompliance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * duoctl's HTTP server: Javalin (on Jetty) with Jackson as its JSON mapper, a request-body limit,
 * URIs checked by Jetty's default rules ({@link UriChecks}), and a request log of method, path,
 * status and duration only (no headers, no query strings, so no tokens or secrets). Each request's
 * client address is worked out once ({@link ClientAddress}, by the options' trusted proxies). Every
 * part (the REST API, the console) is a {@link WebModule}. Started by {@link #start} or {@link
 * #forDuoctl}; {@link #close()} stops it. Thread-safe.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final String host;

  private WebServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts a server with {@code modules}, installed in order.
   *
   * @throws io.javalin.util.JavalinBindException if the port is taken
   */
  public static WebServer start(
      WebServerOptions options, ObjectMapper mapper, List<WebModule> modules) {
    Javalin app =
        Javalin.create(
            config -> {
              config.jsonMapper(new JavalinJackson(mapper, false));
              config.http.maxRequestSize = options.maxRequestBytes();
              config.http.prefer405over404 = true;
              config.startup.showJavalinBanner = false;
              config.jetty.modifyHttpConfiguration(
                  http -> http.setUriCompliance(UriCompliance.UNSAFE));
              config.jetty.modifyServer(server -> server.setHandler(new UriChecks()));
              config.requestLogger.http(
                  (ctx, ms) ->
                      LOG.info(
                          "{} {} -> {} in {} ms",
                          ctx.method(),
                          ctx.path(),
                          ctx.status().getCode(),
                          Math.round(ms)));
              config.routes.before(ClientAddress.resolver(options.trustedProxies()));
              modules.forEach(m -> m.install(config));
            });
    app.start(options.host(), options.port());
    return new WebServer(app, options.host());
  }

  /**
   * Starts a server with every module duoctl serves ({@link WebModules#forDuoctl}) over {@code
   * duoctl}, which the caller keeps open while the server runs and closes after it.
   */
  public static WebServer forDuoctl(Duoctl duoctl, WebServerOptions options) {
    return start(options, WebModules.jsonMapper(), WebModules.forDuoctl(duoctl, options));
  }

  /** The port the server listens on (the chosen one when started with port 0). */
  public int port() {
    return app.port();
  }

  /** The server's base URI, e.g. {@code http://127.0.0.1:8080}, without a trailing slash. */
  public URI baseUri() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    if (h.equals("0.0.0.0") || h.equals("[::]")) {
      h = "127.0.0.1";
    }
    return URI.create("http://" + h + ":" + port());
  }

  /** Stops the server; requests in flight are cut off. */
  @Override
  public void close() {
    app.stop();
  }
}
