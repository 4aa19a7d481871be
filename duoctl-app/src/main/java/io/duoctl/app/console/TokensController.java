package io.duoctl.app.console;

import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.access.ApiTokenNotFoundException;
import io.duoctl.core.access.CreatedApiToken;
import io.duoctl.core.access.TokenLifetime;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API tokens page: list, create (the token is shown in that one response and never again) and
 * revoke. Creating and revoking need the admin role.
 */
final class TokensController {
  static final String PATH = ConsoleModule.ROOT + "/tokens";

  /** Lifetimes offered, value for {@link TokenLifetime#parse} ("" = never) → label. */
  static final Map<String, String> LIFETIMES = lifetimes();

  private final Pages pages;
  private final Duoctl app;

  TokensController(Pages pages, Duoctl app) {
    this.pages = pages;
    this.app = app;
  }

  void show(Context ctx) {
    render(ctx, null, new TokenForm("", "read", "90d"), Map.of());
  }

  void create(Context ctx) {
    TokenForm form = new TokenForm(text(ctx, "name"), text(ctx, "scope"), text(ctx, "expires_in"));
    try {
      ApiScope scope = ApiScope.parse(form.scope(), "scope");
      Optional<Duration> lifetime =
          form.expiresIn().isEmpty()
              ? Optional.empty()
              : Optional.of(TokenLifetime.parse(form.expiresIn()));
      CreatedApiToken created =
          app.apiTokens().create(form.name(), scope, lifetime, Pages.actor(ctx));
      render(ctx, created, new TokenForm("", "read", "90d"), Map.of());
    } catch (InvalidInputException e) {
      Map<String, String> errors = new HashMap<>();
      for (FieldError error : e.errors()) {
        errors.merge(error.field(), error.message(), (a, b) -> a + "; " + b);
      }
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, null, form, errors);
    }
  }

  void revoke(Context ctx) {
    try {
      app.apiTokens().revoke(ctx.pathParam("id"), Pages.actor(ctx));
    } catch (ApiTokenNotFoundException e) {
      ctx.status(HttpStatus.NOT_FOUND);
      render(ctx, null, new TokenForm("", "read", "90d"), Map.of("revoke", e.getMessage()));
      return;
    }
    ctx.redirect(PATH, HttpStatus.SEE_OTHER);
  }

  private void render(
      Context ctx, CreatedApiToken created, TokenForm form, Map<String, String> errors) {
    Map<String, Object> params = new HashMap<>();
    params.put("frame", pages.frame(ctx, "API tokens", "tokens"));
    params.put("created", created);
    params.put("form", form);
    params.put("errors", errors);
    params.put("tokens", app.apiTokens().list());
    params.put("now", app.clock().instant());
    params.put("canChange", Pages.session(ctx).allows(ApiScope.ADMIN));
    pages.render(ctx, "tokens.jte", params);
  }

  private static String text(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value.strip();
  }

  static String when(Optional<Instant> at, String none) {
    return at.map(AuditController::time).orElse(none);
  }

  /** The form as entered (never holds a token). */
  record TokenForm(String name, String scope, String expiresIn) {}

  static List<ApiScope> scopes() {
    return List.of(ApiScope.values());
  }

  private static Map<String, String> lifetimes() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("30d", "30 days");
    m.put("90d", "90 days");
    m.put("365d", "1 year");
    m.put("", "Never expires");
    return m;
  }
}
