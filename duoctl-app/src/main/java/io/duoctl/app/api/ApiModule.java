package io.duoctl.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.api.docs.ApiDocs;
import io.duoctl.app.web.WebModule;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.access.ApiToken;
import io.duoctl.core.health.Readiness;
import io.duoctl.core.timing.DuoCallTimes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.exception.HttpResponseExceptionMapper;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Installs the REST API into the server: {@code /health} and {@code /health/ready} (no token), the
 * bearer-token check on every path under {@code /api/} but the explorer's ({@link ApiDocs}) and the
 * signed routes' (a webhook delivery, which proves itself by its signature), and on {@code
 * /metrics}, the scope check per route, each {@link ApiRoute} of an {@link ApiRoutes}, and the JSON
 * error model for everything under {@code /api/}, {@code /health} and {@code /metrics}.
 */
public final class ApiModule implements WebModule {
  static final String API_PREFIX = "/api/";
  static final String NOSNIFF_HEADER = "X-Content-Type-Options";
  static final String NOSNIFF = "nosniff";
  private static final String TOKEN_ATTRIBUTE = "duoctl.api.token";
  private static final String STARTED_ATTRIBUTE = "duoctl.api.started";
  private static final String JSON = "application/json";
  private static final String READY_PATH = "/health/ready";
  private static final String METRICS_PATH = "/metrics";
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final long HEALTH_TIMEOUT_MS = 3000;

  private final ApiRoutes routes;
  private final Function<String, Optional<ApiToken>> authenticator;
  private final BooleanSupplier databaseUp;
  private final Supplier<Readiness> readiness;
  private final Supplier<String> metrics;
  private final DuoCallTimes callTimes;
  private final ObjectMapper mapper;
  private final RequestBodies bodies;
  private final long maxBodyBytes;
  private final List<SignedPath> signedPaths;

  /** A route that takes no bearer token: its method and the paths it serves. */
  private record SignedPath(HandlerType method, Pattern path) {
    boolean matches(Context ctx) {
      return method.equals(ctx.method()) && path.matcher(ctx.path()).matches();
    }
  }

  /**
   * @param routes the routes to serve
   * @param authenticator turns a presented bearer token into the token it is, or empty when it is
   *     unknown, revoked or expired (e.g. {@code ApiTokenService::authenticate})
   * @param databaseUp whether the database answers, for {@code /health}
   * @param readiness whether this node can take work, for {@code /health/ready}; never throws
   * @param metrics the node's meters in Prometheus' text format 0.0.4, for {@code /metrics}
   * @param callTimes the Duo calls' time of each request, for its {@code Server-Timing} header
   * @param mapper writes response bodies (and reads request bodies, unknown fields rejected)
   * @param maxBodyBytes the largest request body accepted; larger ones get 413
   */
  public ApiModule(
      ApiRoutes routes,
      Function<String, Optional<ApiToken>> authenticator,
      BooleanSupplier databaseUp,
      Supplier<Readiness> readiness,
      Supplier<String> metrics,
      DuoCallTimes callTimes,
      ObjectMapper mapper,
      long maxBodyBytes) {
    this.routes = routes;
    this.authenticator = authenticator;
    this.databaseUp = databaseUp;
    this.readiness = readiness;
    this.metrics = metrics;
    this.callTimes = callTimes;
    this.mapper = mapper;
    this.bodies = new RequestBodies(mapper, maxBodyBytes);
    this.maxBodyBytes = maxBodyBytes;
    this.signedPaths =
        routes.all().stream()
            .filter(r -> r.authentication() == ApiRoute.Authentication.SIGNATURE)
            .map(r -> new SignedPath(r.method().handlerType(), r.pathPattern()))
            .toList();
  }

  @Override
  public void install(JavalinConfig config) {
    config.jetty.modifyServer(server -> server.setErrorHandler(new ApiErrorPages(mapper)));
    config.jetty.modifyServletContextHandler(
        context -> context.setErrorHandler(new ApiErrorPages(mapper)));
    config.routes.get("/health", this::health);
    config.routes.get(READY_PATH, this::ready);
    config.routes.before(
        METRICS_PATH,
        ctx -> {
          ctx.header(NOSNIFF_HEADER, NOSNIFF);
          authenticated(ctx);
        });
    config.routes.get(METRICS_PATH, this::metrics);
    config.routes.before(
        API_PREFIX + "*",
        ctx -> {
          ctx.attribute(STARTED_ATTRIBUTE, System.nanoTime());
          ctx.header(NOSNIFF_HEADER, NOSNIFF);
        });
    config.routes.before(API_PREFIX + "*", this::authenticateOrRefuse);
    for (ApiRoute route : routes.all()) {
      config.routes.addHttpHandler(
          route.method().handlerType(), route.path(), ctx -> serveOrRefuse(route, ctx));
    }
    // Only what no API handler answers itself reaches here: unknown routes and wrong methods.
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          if (isApi(ctx)) {
            write(ctx, ApiErrors.map(e));
          } else {
            HttpResponseExceptionMapper.INSTANCE.handle(e, ctx);
          }
        });
  }

  /** Errors are written here rather than by global exception handlers other modules may set. */
  private void authenticateOrRefuse(Context ctx) {
    if (ApiDocs.serves(ctx.path()) || signedPaths.stream().anyMatch(p -> p.matches(ctx))) {
      return;
    }
    if (!authenticated(ctx)) {
      ctx.header(ServerTiming.HEADER, ServerTiming.of(Duration.ZERO, sinceStart(ctx)));
    }
  }

  /** Authenticates the request; or answers it with the error, skips the rest, and says false. */
  private boolean authenticated(Context ctx) {
    try {
      authenticate(ctx);
      return true;
    } catch (RuntimeException e) {
      write(ctx, ApiErrors.map(e));
      ctx.skipRemainingHandlers();
      return false;
    }
  }

  private void serveOrRefuse(ApiRoute route, Context ctx) {
    try (DuoCallTimes.Span duo = callTimes.start()) {
      try {
        serve(route, ctx);
      } catch (Exception e) {
        write(ctx, ApiErrors.map(e));
      }
      ctx.header(ServerTiming.HEADER, ServerTiming.of(duo.duoTime(), sinceStart(ctx)));
    }
  }

  private static Duration sinceStart(Context ctx) {
    Long started = ctx.attribute(STARTED_ATTRIBUTE);
    return started == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - started);
  }

  private void health(Context ctx) throws JsonProcessingException {
    boolean up = databaseAnswers();
    var body = mapper.createObjectNode().put("status", up ? "ok" : "unavailable");
    body.putObject("checks").put("database", up ? "ok" : "unavailable");
    ctx.status(up ? 200 : 503).contentType(JSON).result(mapper.writeValueAsString(body));
  }

  private void ready(Context ctx) throws JsonProcessingException {
    Readiness found = readiness.get();
    var body = mapper.createObjectNode().put("status", found.ready() ? "ready" : "not_ready");
    var checks = body.putObject("checks");
    found.checks().forEach(check -> checks.put(check.name(), check.status()));
    var failed = body.putArray("failed");
    found
        .failed()
        .forEach(
            check ->
                failed
                    .addObject()
                    .put("check", check.name())
                    .put("status", check.status())
                    .put("message", check.message()));
    ctx.status(found.ready() ? 200 : 503)
        .header("Cache-Control", "no-store")
        .contentType(JSON)
        .result(mapper.writeValueAsString(body));
  }

  private void metrics(Context ctx) {
    try {
      authorize(ctx.attribute(TOKEN_ATTRIBUTE), ApiScope.READ);
    } catch (ApiException e) {
      write(ctx, e);
      return;
    }
    ctx.header("Cache-Control", "no-store").contentType(PROMETHEUS_TEXT).result(metrics.get());
  }

  /** Whether the database answers within {@link #HEALTH_TIMEOUT_MS}, not the pool's 30 s wait. */
  private boolean databaseAnswers() {
    CompletableFuture<Boolean> check =
        CompletableFuture.supplyAsync(
            databaseUp::getAsBoolean, task -> Thread.ofVirtual().start(task));
    try {
      return check.get(HEALTH_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void authenticate(Context ctx) {
    String length = ctx.header("Content-Length");
    if (length != null && parseLong(length) > maxBodyBytes) {
      throw RequestBodies.tooLarge(maxBodyBytes);
    }
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw unauthorized(ctx, null, "send the header Authorization: Bearer <token>");
    }
    String[] parts = header.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
      throw unauthorized(
          ctx, "invalid_request", "the Authorization header must be 'Bearer <token>'");
    }
    ApiToken token =
        authenticator
            .apply(parts[1])
            .orElseThrow(
                () ->
                    unauthorized(
                        ctx,
                        "invalid_token",
                        "the token is unknown, revoked or expired; create one with"
                            + " 'duoctl tokens create'"));
    ctx.attribute(TOKEN_ATTRIBUTE, token);
  }

  private static long parseLong(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static ApiException unauthorized(Context ctx, String error, String message) {
    ctx.header(
        "WWW-Authenticate",
        "Bearer realm=\"duoctl\"" + (error == null ? "" : ", error=\"" + error + "\""));
    return ApiException.of(ApiErrorCode.UNAUTHORIZED, message);
  }

  private static void authorize(ApiToken token, ApiScope scope) {
    if (token == null) {
      throw ApiException.of(ApiErrorCode.UNAUTHORIZED, "a bearer token is required");
    }
    if (!token.allows(scope)) {
      throw ApiException.of(
          ApiErrorCode.FORBIDDEN,
          "this route needs a token with the "
              + scope.wireName()
              + " scope; this token has "
              + token.scope().wireName());
    }
  }

  private void serve(ApiRoute route, Context ctx) throws Exception {
    ApiToken token = ctx.attribute(TOKEN_ATTRIBUTE);
    if (route.authentication() != ApiRoute.Authentication.SIGNATURE) {
      authorize(token, route.scope());
    }
    if (route.requestSchema() == null) {
      bodies.requireNone(ctx);
    }
    Object result =
        route
            .handler()
            .handle(new ApiCall(ctx, token, bodies, route.requestSchema(), route.bodyMediaTypes()));
    int status = route.successStatus();
    if (result instanceof ApiResponse response) {
      status = response.status();
      result = response.body();
    }
    if (result == null) {
      ctx.status(status == 200 ? HttpStatus.NO_CONTENT.getCode() : status);
      return;
    }
    if (result instanceof ApiStream stream) {
      ctx.status(status).contentType(stream.contentType()).header("Cache-Control", "no-store");
      // the servlet's own stream: Javalin's would hold small writes back to decide on compression
      OutputStream out = ctx.res().getOutputStream();
      stream.body().writeTo(out);
      out.flush();
      return;
    }
    if (result instanceof ApiText text) {
      ctx.status(status).contentType(text.contentType()).result(text.text());
      return;
    }
    ctx.status(status).contentType(JSON).result(mapper.writeValueAsString(result));
  }

  private void write(Context ctx, ApiException error) {
    try {
      ctx.status(error.status())
          .contentType(JSON)
          .result(mapper.writeValueAsString(ApiErrors.body(error)));
    } catch (JsonProcessingException e) {
      ctx.status(500).contentType(JSON).result("{\"error\":{\"code\":\"internal\"}}");
    }
  }

  private static boolean isApi(Context ctx) {
    return isApiPath(ctx.path());
  }

  /** Whether {@code path} (raw or decoded) is answered with the API's JSON errors. */
  static boolean isApiPath(String path) {
    return path.startsWith(API_PREFIX)
        || path.equals("/api")
        || path.equals("/health")
        || path.equals(READY_PATH)
        || path.equals(METRICS_PATH);
  }
}
