package io.duoctl.app.api;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.settings.ApiValidator;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.SettingsService;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/configurations}: the named configurations of Duo parent keys, as {@code duoctl
 * config} manages them. Saving validates each configured API with a signed call (unless {@code
 * ?validate=false}) and answers with the report.
 */
final class SettingsRoutes {
  private static final String BASE = "/api/v1/configurations";
  private static final String ONE = BASE + "/{name}";
  private static final String TAG = "configurations";
  private static final String NAME = "Configuration name, e.g. default";

  private final SettingsService settings;
  private final ApiValidator validator;

  SettingsRoutes(SettingsService settings, ApiValidator validator) {
    this.settings = settings;
    this.validator = validator;
  }

  List<ApiRoute> routes() {
    var validateParam = JsonSchemas.bool("Check the keys against Duo after saving (default true)");
    return List.of(
        ApiRoute.get(BASE, ApiScope.READ)
            .operationId("listConfigurations")
            .summary("Lists the configurations; secret keys are never shown")
            .tag(TAG)
            .response(JsonSchemas.array(ConfigurationViews.configurationSchema()))
            .handle(this::list),
        ApiRoute.get(ONE, ApiScope.READ)
            .operationId("getConfiguration")
            .summary("Shows a configuration; secret keys are never shown")
            .tag(TAG)
            .pathParam("name", NAME)
            .response(ConfigurationViews.configurationSchema())
            .handle(this::get),
        ApiRoute.put(ONE, ApiScope.ADMIN)
            .operationId("putConfiguration")
            .summary("Creates or replaces a configuration, then validates it")
            .description(
                "APIs left out are removed; advanced settings left out get their defaults. A secret"
                    + " key left out keeps the stored one. The answer carries each API's check.")
            .tag(TAG)
            .pathParam("name", NAME)
            .query("validate", "Validate after saving (default true)", validateParam)
            .body(ConfigurationViews.requestSchema())
            .response(ConfigurationViews.validatedSchema())
            .handle(call -> save(call, true)),
        ApiRoute.patch(ONE, ApiScope.ADMIN)
            .operationId("patchConfiguration")
            .summary("Changes some settings of a configuration, then validates it")
            .description(
                "Only the fields given change; 'remove' deletes an API's keys or the proxy. The"
                    + " answer carries each API's check. An unknown configuration is 404 (PUT"
                    + " creates one).")
            .tag(TAG)
            .pathParam("name", NAME)
            .query("validate", "Validate after saving (default true)", validateParam.deepCopy())
            .body(ConfigurationViews.requestSchema())
            .response(ConfigurationViews.validatedSchema())
            .handle(call -> save(call, false)),
        ApiRoute.post(ONE + "/validate", ApiScope.ADMIN)
            .operationId("validateConfiguration")
            .summary("Checks the keys against Duo again and stores the report")
            .tag(TAG)
            .pathParam("name", NAME)
            .response(ConfigurationViews.validatedSchema())
            .handle(this::validate),
        ApiRoute.post(ONE + "/default", ApiScope.ADMIN)
            .operationId("makeDefaultConfiguration")
            .summary("Makes a configuration the default")
            .tag(TAG)
            .pathParam("name", NAME)
            .response(ConfigurationViews.configurationSchema())
            .handle(this::makeDefault),
        ApiRoute.delete(ONE, ApiScope.ADMIN)
            .operationId("deleteConfiguration")
            .summary("Deletes a configuration no organization uses (409 otherwise)")
            .tag(TAG)
            .pathParam("name", NAME)
            .noContent()
            .handle(this::delete));
  }

  private Object list(ApiCall call) {
    return settings.list().stream().map(ConfigurationViews::of).toList();
  }

  private Object get(ApiCall call) {
    return ConfigurationViews.of(settings.get(call.pathParam("name")));
  }

  private Object save(ApiCall call, boolean replace) {
    String name = call.pathParam("name");
    Optional<Configuration> stored =
        replace ? settings.find(name) : Optional.of(settings.get(name));
    ConfigurationRequest request = call.body(ConfigurationRequest.class);
    ConfigurationUpdate update = ConfigurationUpdates.of(name, request, stored, replace);
    Configuration saved =
        replace ? settings.save(update, call.actor()) : settings.change(update, call.actor());
    Object body;
    if (call.queryBoolean("validate").orElse(true)) {
      var report = settings.validate(saved.name(), validator, call.actor());
      body = ConfigurationViews.validated(settings.get(saved.name()), report);
    } else {
      body = ConfigurationViews.unvalidated(saved);
    }
    return new ApiResponse(stored.isEmpty() ? 201 : 200, body);
  }

  private Object validate(ApiCall call) {
    String name = settings.get(call.pathParam("name")).name();
    var report = settings.validate(name, validator, call.actor());
    return ConfigurationViews.validated(settings.get(name), report);
  }

  private Object makeDefault(ApiCall call) {
    String name = call.pathParam("name");
    settings.makeDefault(name, call.actor());
    return ConfigurationViews.of(settings.get(name));
  }

  private Object delete(ApiCall call) {
    settings.delete(call.pathParam("name"), call.actor());
    return null;
  }
}
