package io.duoctl.app.console;

import io.duoctl.app.Duoctl;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Which named Duo configuration a console page works on: the request's {@code config} query or form
 * parameter, else the default configuration. Pages keep it in every link and form they render
 * rather than in the session, so what an operator submits always acts on the configuration the page
 * showed, even with two tabs open on different configurations.
 *
 * @param selected the chosen configuration's name, or null when none is saved yet
 * @param names every configuration's name, for the selector
 */
public record ConfigurationChoice(String selected, List<String> names) {

  /** The request parameter that names the configuration. */
  public static final String PARAM = "config";

  public ConfigurationChoice {
    names = List.copyOf(names);
  }

  /**
   * The configuration {@code ctx} asks for.
   *
   * @throws ConfigurationNotFoundException if it names a configuration that does not exist (the
   *     console shows that as a 404 page naming the known ones)
   */
  public static ConfigurationChoice of(Duoctl app, Context ctx) {
    String asked = ctx.queryParam(PARAM);
    if (asked == null) {
      asked = ctx.formParam(PARAM);
    }
    List<Configuration> all = app.settings().list();
    List<String> names = all.stream().map(Configuration::name).toList();
    if (asked != null && !asked.isBlank()) {
      return new ConfigurationChoice(app.settings().get(asked.strip()).name(), names);
    }
    String fallback =
        all.stream()
            .filter(Configuration::isDefault)
            .map(Configuration::name)
            .findFirst()
            .orElse(names.isEmpty() ? null : names.get(0));
    return new ConfigurationChoice(fallback, names);
  }

  /** True when a configuration is saved, so the page has something to work on. */
  public boolean configured() {
    return selected != null;
  }

  /** True when there is more than one configuration to choose from. */
  public boolean several() {
    return names.size() > 1;
  }

  /** The selected configuration as a query string, e.g. {@code ?config=eu}, or "" when none. */
  public String query() {
    return selected == null
        ? ""
        : "?" + PARAM + "=" + URLEncoder.encode(selected, StandardCharsets.UTF_8);
  }
}
