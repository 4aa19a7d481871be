package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.workflows.connections.Connection;
import io.duoctl.core.workflows.connections.NewConnection;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl connections}: the HTTP connections of workflow http steps. */
@Command(
    name = "connections",
    description =
        "HTTP connections for workflow http steps (a PSA's base URL and credential headers):"
            + " add, list, show, set-headers, remove. Header values are read from a prompt or"
            + " stdin, stored encrypted and never shown.",
    subcommands = {
      ConnectionsCommand.Add.class,
      ConnectionsCommand.ListConnections.class,
      ConnectionsCommand.Show.class,
      ConnectionsCommand.SetHeaders.class,
      ConnectionsCommand.Remove.class
    })
final class ConnectionsCommand {
  private ConnectionsCommand() {}

  static Table table(List<Connection> connections) {
    Table table =
        new Table(
            "name", "base_url", "header_names", "description", "created", "created_by", "updated");
    for (Connection c : connections) {
      table.row(
          c.name(),
          c.baseUrl(),
          String.join(", ", c.headerNames()),
          c.description().orElse(""),
          TokensCommand.time(c.createdAt()),
          c.createdBy(),
          TokensCommand.time(c.updatedAt()));
    }
    return table;
  }

  /** Where the values of the {@code --header} options come from. */
  static final class HeaderOptions {
    @Option(
        names = "--header",
        paramLabel = "NAME",
        description =
            "A header sent with every request, by name only (e.g. Authorization); repeat it. Its"
                + " value is asked for without echo, or read with --from-stdin.")
    List<String> names = new ArrayList<>();

    @Option(
        names = "--from-stdin",
        description =
            "Read the header values from stdin instead of a prompt: one a line, in the order of"
                + " --header.")
    boolean fromStdin;
  }

  @Command(
      name = "add",
      description =
          "Stores a connection: its base URL and the headers sent with every request, whose values"
              + " are read from a prompt without echo or stdin (never the command line).")
  static final class Add extends AppCommand {
    @Parameters(
        paramLabel = "NAME",
        description = "Lower-case words joined by dashes, e.g. connectwise or halo-psa.")
    String name;

    @Option(
        names = "--base-url",
        required = true,
        paramLabel = "URL",
        description =
            "Where requests go, e.g. https://api-na.myconnectwise.net/v4_6_release/apis/3.0;"
                + " https only (plain http for localhost, 127.0.0.1 or [::1]).")
    String baseUrl;

    @Option(names = "--description", paramLabel = "TEXT", description = "What it is for.")
    String description;

    @picocli.CommandLine.Mixin HeaderOptions headers;

    @Override
    int run(Duoctl app) {
      var values = HeaderValues.read(terminal(), name, headers.names, headers.fromStdin);
      Connection saved =
          app.connections()
              .create(new NewConnection(name, baseUrl, values, description), app.actor());
      print(table(List.of(saved)));
      say(
          "Saved connection "
              + saved.name()
              + (saved.headerNames().isEmpty()
                  ? " without headers."
                  : "; its header values are stored encrypted and will not be shown again."));
      return ErrorHandler.OK;
    }
  }

  @Command(name = "list", description = "Lists connections with their header names, never values.")
  static final class ListConnections extends AppCommand {
    @Override
    int run(Duoctl app) {
      List<Connection> connections = app.connections().list();
      print(table(connections));
      if (connections.isEmpty()) {
        say(
            "No connections yet; add one with duoctl connections add NAME --base-url URL"
                + " --header NAME");
      }
      return ErrorHandler.OK;
    }
  }

  @Command(name = "show", description = "Shows one connection: its header names, never values.")
  static final class Show extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The connection.")
    String name;

    @Override
    int run(Duoctl app) {
      print(table(List.of(app.connections().get(name))));
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "set-headers",
      description =
          "Replaces every header of a connection (headers not named are removed); the values are"
              + " read from a prompt without echo or stdin.")
  static final class SetHeaders extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The connection.")
    String name;

    @picocli.CommandLine.Mixin HeaderOptions headers;

    @Override
    int run(Duoctl app) {
      if (headers.names.isEmpty()) {
        throw new UsageException("name at least one --header (headers not named are removed)");
      }
      Connection before = app.connections().get(name);
      var values = HeaderValues.read(terminal(), before.name(), headers.names, headers.fromStdin);
      Connection saved = app.connections().replaceHeaders(name, values, app.actor());
      print(table(List.of(saved)));
      say(
          "Replaced the headers of "
              + saved.name()
              + "; the values are stored encrypted and will not be shown again.");
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "remove",
      description =
          "Deletes a connection and its stored header values; workflows naming it fail from then"
              + " on.")
  static final class Remove extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The connection.")
    String name;

    @Override
    int run(Duoctl app) {
      Connection removed = app.connections().delete(name, app.actor());
      say("Removed connection " + removed.name() + " (" + removed.baseUrl() + ").");
      return ErrorHandler.OK;
    }
  }
}
