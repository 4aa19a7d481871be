package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.app.api.webhooks.WebhookRoutes;
import io.duoctl.core.workflows.WorkflowLimits;
import io.duoctl.core.workflows.webhooks.NewWebhook;
import io.duoctl.core.workflows.webhooks.Webhook;
import io.duoctl.core.workflows.webhooks.WebhookSamples;
import io.duoctl.core.workflows.webhooks.WebhookWithSecret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl webhooks}: signed webhooks that start workflow runs from a PSA's tickets. */
@Command(
    name = "webhooks",
    description =
        "Signed webhooks that start a workflow when a PSA posts a ticket: add (the signing secret"
            + " is shown once), list, show, remove, rotate-secret, enable, disable.",
    subcommands = {
      WebhooksCommand.Add.class,
      WebhooksCommand.ListWebhooks.class,
      WebhooksCommand.Show.class,
      WebhooksCommand.Remove.class,
      WebhooksCommand.RotateSecret.class,
      WebhooksCommand.Enable.class,
      WebhooksCommand.Disable.class
    })
final class WebhooksCommand {
  private WebhooksCommand() {}

  private static final String[] COLUMNS = {
    "name",
    "workflow",
    "enabled",
    "confirmed",
    "configuration",
    "created",
    "created_by",
    "secret_created",
    "delivery_path",
    "id"
  };

  static Table table(List<Webhook> webhooks) {
    Table table = new Table(COLUMNS);
    webhooks.forEach(w -> table.row(cells(w)));
    return table;
  }

  private static Object[] cells(Webhook w) {
    return new Object[] {
      w.name(),
      w.workflow(),
      w.enabled(),
      w.confirmed(),
      w.configuration().orElse("(default)"),
      TokensCommand.time(w.createdAt()),
      w.createdBy(),
      TokensCommand.time(w.secretCreatedAt()),
      WebhookRoutes.deliveryPath(w.name()),
      w.id()
    };
  }

  /** Prints a webhook with its new secret: once, with a warning, as JSON or CSV for scripts. */
  static void printWithSecret(AppCommand command, WebhookWithSecret shown, String what) {
    Webhook w = shown.webhook();
    String secret = shown.secret().reveal();
    if (command.options.output == AppOptions.Format.table) {
      command.out().println(what);
      command.out().println();
      command.out().println("  " + secret);
      command.out().println();
      command
          .out()
          .println(
              "Copy the signing secret now: it will not be shown again. Deliveries go to POST"
                  + " <server>"
                  + WebhookRoutes.deliveryPath(w.name())
                  + ", signed with it (README, \"Webhooks\").");
      command.out().flush();
      return;
    }
    command.say("Copy the signing secret now: it will not be shown again.");
    String[] columns = Arrays.copyOf(COLUMNS, COLUMNS.length + 1);
    columns[COLUMNS.length] = "secret";
    Object[] cells = Arrays.copyOf(cells(w), COLUMNS.length + 1);
    cells[COLUMNS.length] = secret;
    command.print(new Table(columns).row(cells));
  }

  @Command(
      name = "add",
      description = {
        "Registers a webhook that starts WORKFLOW with the inputs its mapping (a CEL expression"
            + " over the delivery's JSON, `payload`) yields, and prints its signing secret once.",
        "--config names the configuration its runs use (default: the default one)."
      })
  static final class Add extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "Lower-case words and dashes, e.g. psa.")
    String name;

    @Option(
        names = "--workflow",
        required = true,
        paramLabel = "WORKFLOW",
        description = "The workflow each delivery starts, e.g. offboard-everywhere.")
    String workflow;

    /** Exactly one way to give the mapping. */
    static final class Mapping {
      @Option(
          names = "--mapping-file",
          paramLabel = "FILE",
          description = "A file holding the mapping: CEL that yields the inputs from payload.")
      Path file;

      @Option(
          names = "--sample",
          paramLabel = "PSA",
          description =
              "A shipped mapping of a ticket to offboard-everywhere: connectwise, halopsa or"
                  + " autotask.")
      String sample;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mapping mapping;

    @Option(
        names = "--yes",
        description =
            "Agree that the workflow may run destructive actions in more than one organization"
                + " (its runs are confirmed; nobody is asked when a ticket arrives).")
    boolean yes;

    @Override
    int run(Duoctl app) {
      String text =
          WebhookSamples.choose(mapping.file == null ? null : read(mapping.file), mapping.sample);
      NewWebhook request =
          new NewWebhook(name, workflow, text, Optional.ofNullable(configuration()), yes);
      WebhookWithSecret created = app.webhooks().create(request, app.actor());
      Webhook w = created.webhook();
      printWithSecret(
          this,
          created,
          "Registered webhook \""
              + w.name()
              + "\": each delivery starts "
              + w.workflow()
              + w.configuration().map(c -> " in configuration " + c).orElse("")
              + (w.confirmed() ? " (confirmed)." : "."));
      return ErrorHandler.OK;
    }

    private static String read(Path file) {
      // Read a little past the limit so that core reports an oversized mapping, not the JVM.
      int limit = WorkflowLimits.MAX_CHARS * 4 + 1;
      try (InputStream in = Files.newInputStream(file)) {
        return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new UsageException("--mapping-file: no file " + file);
      } catch (IOException e) {
        throw new UsageException("--mapping-file: cannot read " + file + ": " + e.getMessage());
      }
    }
  }

  @Command(name = "list", description = "Lists the webhooks (never their secrets).")
  static final class ListWebhooks extends AppCommand {
    @Override
    int run(Duoctl app) {
      List<Webhook> webhooks = app.webhooks().list();
      print(table(webhooks));
      if (webhooks.isEmpty()) {
        say(
            "No webhooks yet; add one with duoctl webhooks add NAME --workflow WORKFLOW"
                + " --sample connectwise|halopsa|autotask");
      }
      return ErrorHandler.OK;
    }
  }

  @Command(name = "show", description = "Shows one webhook with its mapping (never its secret).")
  static final class Show extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The webhook's name.")
    String name;

    @Override
    int run(Duoctl app) {
      Webhook w = app.webhooks().get(name);
      if (options.output != AppOptions.Format.table) {
        String[] columns = Arrays.copyOf(COLUMNS, COLUMNS.length + 1);
        columns[COLUMNS.length] = "mapping";
        Object[] cells = Arrays.copyOf(cells(w), COLUMNS.length + 1);
        cells[COLUMNS.length] = w.mapping();
        print(new Table(columns).row(cells));
        return ErrorHandler.OK;
      }
      print(table(List.of(w)));
      out().println();
      out().println("mapping:");
      w.mapping().strip().lines().forEach(line -> out().println("  " + line));
      out().flush();
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "remove",
      description = "Removes a webhook and its secret; its deliveries are refused from now on.")
  static final class Remove extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The webhook's name.")
    String name;

    @Override
    int run(Duoctl app) {
      Webhook removed = app.webhooks().delete(name, app.actor());
      say("Removed webhook \"" + removed.name() + "\"; its deliveries are refused from now on.");
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "rotate-secret",
      description =
          "Makes a new signing secret and prints it once; the old one stops working at once.")
  static final class RotateSecret extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The webhook's name.")
    String name;

    @Override
    int run(Duoctl app) {
      WebhookWithSecret rotated = app.webhooks().rotateSecret(name, app.actor());
      printWithSecret(
          this,
          rotated,
          "New signing secret for webhook \""
              + rotated.webhook().name()
              + "\"; deliveries signed with the old one are refused from now on.");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "enable", description = "Accepts a webhook's deliveries again.")
  static final class Enable extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The webhook's name.")
    String name;

    @Override
    int run(Duoctl app) {
      app.webhooks().setEnabled(name, true, app.actor());
      say("Webhook \"" + name + "\" accepts deliveries.");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "disable", description = "Refuses a webhook's deliveries until it is enabled.")
  static final class Disable extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The webhook's name.")
    String name;

    @Override
    int run(Duoctl app) {
      app.webhooks().setEnabled(name, false, app.actor());
      say("Webhook \"" + name + "\" refuses deliveries until enabled.");
      return ErrorHandler.OK;
    }
  }
}
