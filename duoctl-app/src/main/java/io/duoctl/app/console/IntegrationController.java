package io.duoctl.app.console;

import io.duoctl.app.Duoctl;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.InvalidSettingsException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The integration page: the Duo keys of a named configuration, saved and then validated against Duo
 * like {@code duoctl config set}; the stored validation report is shown per API.
 */
final class IntegrationController {
  static final String PATH = ConsoleModule.ROOT + "/integration";

  private final Pages pages;
  private final Duoctl app;

  IntegrationController(Pages pages, Duoctl app) {
    this.pages = pages;
    this.app = app;
  }

  void show(Context ctx) {
    List<Configuration> all = app.settings().list();
    String wanted = ctx.queryParam("config");
    boolean fresh = ctx.queryParam("new") != null || all.isEmpty();
    Optional<Configuration> shown =
        fresh ? Optional.empty() : Optional.of(app.settings().get(wanted));
    String name = shown.map(Configuration::name).orElse(all.isEmpty() ? "default" : "");
    render(ctx, IntegrationView.of(names(all), name, shown, null, List.of()));
  }

  void save(Context ctx) {
    IntegrationForm form = new IntegrationForm(ctx);
    Optional<Configuration> existing = app.settings().find(form.name());
    ConfigurationUpdate update = form.toUpdate(existing);
    if (!form.errors().isEmpty()) {
      rejected(ctx, form, existing, form.errors());
      return;
    }
    Configuration saved;
    try {
      saved = app.settings().save(update, Pages.actor(ctx));
    } catch (InvalidSettingsException e) {
      rejected(ctx, form, existing, e.errors());
      return;
    }
    app.settings().validate(saved.name(), app.validator(), Pages.actor(ctx));
    ctx.redirect(PATH + "?config=" + encode(saved.name()), HttpStatus.SEE_OTHER);
  }

  void makeDefault(Context ctx) {
    String name = ctx.formParam("name");
    app.settings().makeDefault(name, Pages.actor(ctx));
    ctx.redirect(PATH + "?config=" + encode(name), HttpStatus.SEE_OTHER);
  }

  private void rejected(
      Context ctx,
      IntegrationForm form,
      Optional<Configuration> existing,
      List<FieldError> errors) {
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    render(
        ctx,
        IntegrationView.of(
            names(app.settings().list()), form.name(), existing, form::text, errors));
  }

  private void render(Context ctx, IntegrationView view) {
    Map<String, Object> params = new HashMap<>();
    params.put("frame", pages.frame(ctx, "Integration", "integration"));
    params.put("view", view);
    pages.render(ctx, "integration.jte", params);
  }

  private static List<String> names(List<Configuration> all) {
    return all.stream().map(Configuration::name).toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
