package io.duoctl.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.World;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a raw request into Duo's answer: route look-up (404/405), signature verification (401),
 * authorization and account resolution (403/400), rate limiting (429), then the handler.
 * Independent of the HTTP server; thread-safe.
 */
public final class ApiPipeline {

  private final World world;
  private final Routes routes;
  private final RequestVerifier verifier;
  private final Authorization authorization;
  private final RateLimiter rateLimiter;
  private final ObjectMapper mapper;
  private final Envelopes envelopes;

  /**
   * @param skew how far a request's date may be from the emulator's clock
   * @param rateLimiter consulted after authorization; {@link RateLimiter#NONE} for none
   */
  public ApiPipeline(
      World world, Routes routes, Duration skew, RateLimiter rateLimiter, ObjectMapper mapper) {
    this.world = Objects.requireNonNull(world, "world");
    this.routes = Objects.requireNonNull(routes, "routes");
    this.verifier = new RequestVerifier(world, skew);
    this.authorization = new Authorization(world);
    this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.envelopes = new Envelopes(mapper);
  }

  /** Serves one request; never throws for anything the request contains. */
  public RawResponse serve(RawRequest request) {
    try {
      return write(dispatch(request));
    } catch (DuoError error) {
      return envelopes.failureResponse(error);
    } catch (RuntimeException bug) {
      return envelopes.failureResponse(
          new DuoError(500, 50000, "Internal server error", bug.getClass().getSimpleName()));
    }
  }

  private ApiResult dispatch(RawRequest request) {
    String method = request.method().toUpperCase(Locale.ROOT);
    Routes.Match match = routes.match(method, request.path());
    Route route = match.route();
    Params query = parse(request.query(), "query");
    Params form = request.hasFormBody() ? parse(request.bodyText(), "body") : Params.empty();
    Integration integration = route.unsigned() ? null : verifier.verify(request, query, form);
    JsonNode json = request.hasJsonBody() ? parseJson(request.body()) : null;
    Params params = query.plus(form).plus(RequestParams.fromJson(json));
    Account account;
    if (integration == null) {
      account = world.accountByHostname(request.hostname()).orElse(null);
    } else {
      account = authorization.authorize(route, integration, request.hostname(), params);
      rateLimiter.acquire(integration, account, route.rateClass(), route.pattern());
    }
    return route
        .handler()
        .handle(
            new ApiCall(
                account,
                integration,
                method,
                request.path(),
                match.pathVariables(),
                params,
                json,
                world.now()));
  }

  private RawResponse write(ApiResult result) {
    if (result instanceof ApiResult.Ok ok) {
      return new RawResponse(200, Envelopes.JSON, envelopes.ok(ok.response(), ok.metadata()));
    }
    if (result instanceof ApiResult.Raw raw) {
      return new RawResponse(200, raw.contentType(), raw.body());
    }
    return envelopes.failureResponse(((ApiResult.Failure) result).error());
  }

  private static Params parse(String text, String where) {
    try {
      return Params.parseUrlEncoded(text);
    } catch (IllegalArgumentException malformed) {
      throw DuoError.invalidParameter(where);
    }
  }

  private JsonNode parseJson(byte[] body) {
    try {
      return mapper.readTree(body);
    } catch (IOException malformed) {
      throw DuoError.invalidParameter("body");
    }
  }
}
