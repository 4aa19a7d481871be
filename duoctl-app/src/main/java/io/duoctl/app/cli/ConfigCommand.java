package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.settings.ApiCheck;
import io.duoctl.core.settings.ApiCredentials;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.ValidationReport;
import io.duoctl.core.settings.ValidationStatus;
import io.duoctl.core.vocabulary.WireNames;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code duoctl config}: the named configurations of Duo parent keys. */
@Command(
    name = "config",
    description = "Duo API keys and connection settings, in named configurations.",
    subcommands = {
      ConfigCommand.Show.class,
      ConfigSetCommand.class,
      ConfigCommand.Validate.class,
      ConfigCommand.ListConfigs.class,
      ConfigCommand.Use.class,
      ConfigCommand.Delete.class
    })
final class ConfigCommand {
  private ConfigCommand() {}

  /** Prints a validation report; returns 0 when every configured API passed, else 1. */
  static int printReport(AppCommand command, ValidationReport report) {
    Table table = new Table("api", "status", "message");
    for (DuoApi api : DuoApi.values()) {
      report
          .check(api)
          .ifPresent(check -> table.row(api.displayName(), status(check), check.message()));
    }
    command.print(table);
    return failed(report).isEmpty() ? ErrorHandler.OK : ErrorHandler.FAILED;
  }

  static List<String> failed(ValidationReport report) {
    return report.checks().entrySet().stream()
        .filter(e -> !e.getValue().ok() && e.getValue().status() != ValidationStatus.NOT_CONFIGURED)
        .map(e -> e.getKey().displayName())
        .toList();
  }

  static String status(ApiCheck check) {
    return switch (check.status()) {
      case CLOCK_SKEW ->
          WireNames.of(check.status()) + " (" + check.clockOffset().toSeconds() + " s)";
      case DUO_ERROR -> WireNames.of(check.status()) + " (" + check.duoCode() + ")";
      default -> WireNames.of(check.status());
    };
  }

  @Command(name = "show", description = "Shows a configuration; secret keys masked.")
  static final class Show extends AppCommand {
    @Override
    int run(Duoctl app) {
      Configuration c = app.settings().get(configuration());
      Table table = new Table("field", "value");
      table.row("name", c.name()).row("default", c.isDefault());
      for (DuoApi api : DuoApi.values()) {
        String prefix = api.fieldPrefix();
        ApiCredentials keys = c.credentials(api).orElse(null);
        table.row(prefix + ".host", keys == null ? "(not set)" : keys.host());
        if (keys != null) {
          table.row(prefix + ".integration_key", keys.integrationKey());
          table.row(prefix + ".secret_key", keys.secretKey().masked());
        }
        c.validation()
            .check(api)
            .ifPresent(
                check -> table.row(prefix + ".validation", status(check) + ": " + check.message()));
      }
      var advanced = c.advanced();
      table.row("advanced.signature_version", WireNames.of(advanced.signatureVersion()));
      table.row("advanced.connect_timeout", advanced.connectTimeout().toSeconds() + " s");
      table.row("advanced.request_timeout", advanced.requestTimeout().toSeconds() + " s");
      table.row("advanced.call_deadline", advanced.callDeadline().toSeconds() + " s");
      table.row("advanced.sync_call_deadline", advanced.syncCallDeadline().toSeconds() + " s");
      var proxy = advanced.proxy();
      table.row(
          "advanced.proxy",
          proxy == null
              ? "(none)"
              : proxy.host()
                  + ":"
                  + proxy.port()
                  + (proxy.user() == null ? "" : " as " + proxy.user())
                  + (proxy.password() == null ? "" : " password " + proxy.password().masked()));
      table.row(
          "advanced.trust_store_path",
          advanced.trustStorePath() == null ? "(JDK default)" : advanced.trustStorePath());
      table.row("advanced.allow_plain_http", advanced.allowPlainHttp());
      print(table);
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "validate",
      description = {
        "Checks the keys against Duo (one call per configured API) and stores the report.",
        "Exit code 1 when any configured API failed."
      })
  static final class Validate extends AppCommand {
    @Override
    int run(Duoctl app) {
      String name = app.settings().get(configuration()).name();
      return printReport(this, app.settings().validate(name, app.validator(), app.actor()));
    }
  }

  @Command(name = "list", description = "Lists the configurations.")
  static final class ListConfigs extends AppCommand {
    @Override
    int run(Duoctl app) {
      Table table = new Table("name", "default", "apis", "validation", "updated");
      for (Configuration c : app.settings().list()) {
        String apis =
            c.apis().keySet().stream().map(DuoApi::displayName).collect(Collectors.joining(", "));
        String validation =
            c.validation().checks().isEmpty()
                ? "not validated"
                : c.validation().allOk()
                    ? "ok"
                    : "failed: " + String.join(", ", failed(c.validation()));
        table.row(c.name(), c.isDefault() ? "*" : "", apis, validation, c.updatedAt());
      }
      print(table);
      return ErrorHandler.OK;
    }
  }

  @Command(name = "use", description = "Makes a configuration the default.")
  static final class Use extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The configuration to make the default.")
    String name;

    @Override
    int run(Duoctl app) {
      app.settings().makeDefault(name, app.actor());
      say("Configuration \"" + name + "\" is now the default.");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "delete", description = "Deletes a configuration that no organization uses.")
  static final class Delete extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The configuration to delete.")
    String name;

    @Override
    int run(Duoctl app) {
      app.settings().delete(name, app.actor());
      say("Configuration \"" + name + "\" deleted.");
      return ErrorHandler.OK;
    }
  }
}
