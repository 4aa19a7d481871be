package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.access.ApiToken;
import io.duoctl.core.access.ApiTokenService;
import io.duoctl.core.access.CreatedApiToken;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/tokens}: the REST API's bearer tokens, as {@code duoctl tokens} manages them. A
 * new token appears once, in the answer that creates it; afterwards only its prefix is shown.
 */
final class TokenRoutes {
  private static final String BASE = "/api/v1/tokens";
  private static final String TAG = "tokens";

  private final ApiTokenService tokens;
  private final Clock clock;

  TokenRoutes(ApiTokenService tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** {@code POST /api/v1/tokens}. */
  record Create(String name, String scope, String expiresIn) {}

  record TokenView(
      String id,
      String name,
      String scope,
      String prefix,
      String status,
      String createdAt,
      String createdBy,
      String lastUsedAt,
      String expiresAt,
      String revokedAt) {}

  record CreatedView(
      String id,
      String name,
      String scope,
      String prefix,
      String status,
      String createdAt,
      String createdBy,
      String expiresAt,
      String token) {}

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(BASE, ApiScope.ADMIN)
            .operationId("listTokens")
            .summary("Lists the API tokens, revoked and expired ones too; never their secrets")
            .tag(TAG)
            .response(JsonSchemas.array(tokenSchema()))
            .handle(this::list),
        ApiRoute.post(BASE, ApiScope.ADMIN)
            .operationId("createToken")
            .summary("Creates an API token; the answer shows it, and nothing ever shows it again")
            .tag(TAG)
            .body(createSchema())
            .response(201, createdSchema())
            .handle(this::create),
        ApiRoute.delete(BASE + "/{token}", ApiScope.ADMIN)
            .operationId("revokeToken")
            .summary("Revokes an API token; it stops working at once")
            .tag(TAG)
            .pathParam("token", "Token name or id")
            .response(tokenSchema())
            .handle(this::revoke));
  }

  private Object list(ApiCall call) {
    Instant now = clock.instant();
    return tokens.list().stream().map(t -> view(t, now)).toList();
  }

  private Object create(ApiCall call) {
    Create body = call.body(Create.class);
    CreatedApiToken created =
        tokens.create(body.name(), body.scope(), body.expiresIn(), call.actor());
    ApiToken t = created.token();
    return new ApiResponse(
        201,
        new CreatedView(
            t.id(),
            t.name(),
            t.scope().wireName(),
            t.prefix(),
            t.status(clock.instant()),
            t.createdAt().toString(),
            t.createdBy(),
            text(t.expiresAt()),
            created.plaintext()));
  }

  private Object revoke(ApiCall call) {
    return view(tokens.revoke(call.pathParam("token"), call.actor()), clock.instant());
  }

  private static TokenView view(ApiToken t, Instant now) {
    return new TokenView(
        t.id(),
        t.name(),
        t.scope().wireName(),
        t.prefix(),
        t.status(now),
        t.createdAt().toString(),
        t.createdBy(),
        text(t.lastUsedAt()),
        text(t.expiresAt()),
        text(t.revokedAt()));
  }

  private static String text(Optional<Instant> at) {
    return at.map(Instant::toString).orElse(null);
  }

  private static ObjectNode scopeSchema() {
    return JsonSchemas.oneOf("Scope: read, run (also runs actions) or admin", ApiScope.class);
  }

  private static JsonSchemas.ObjectSchema common() {
    return JsonSchemas.object()
        .required("id", JsonSchemas.string("Token id (UUID)"))
        .required("name", JsonSchemas.string("Unique name, e.g. n8n-prod"))
        .required("scope", scopeSchema())
        .required("prefix", JsonSchemas.string("The token's first characters, to recognize it"))
        .required("status", JsonSchemas.oneOf("Whether it works", "active", "expired", "revoked"))
        .required("created_at", JsonSchemas.dateTime("When it was created"))
        .required("created_by", JsonSchemas.string("Who created it"))
        .optional("expires_at", JsonSchemas.dateTime("When it stops working, if ever"));
  }

  private static ObjectNode tokenSchema() {
    return common()
        .description("An API token; never its secret")
        .optional("last_used_at", JsonSchemas.dateTime("When it last authenticated a request"))
        .optional("revoked_at", JsonSchemas.dateTime("When it was revoked"))
        .build();
  }

  private static ObjectNode createdSchema() {
    return common()
        .description("The new token, with its secret: shown this once")
        .required("token", JsonSchemas.string("Send as Authorization: Bearer <token>"))
        .build();
  }

  private static ObjectNode createSchema() {
    return JsonSchemas.object()
        .required("name", JsonSchemas.string("1 to 64 letters, digits, dots, underscores, hyphens"))
        .required("scope", scopeSchema())
        .optional(
            "expires_in",
            JsonSchemas.string("Lifetime such as 90d, 12h or 2w; left out: never expires"))
        .closed();
  }
}
