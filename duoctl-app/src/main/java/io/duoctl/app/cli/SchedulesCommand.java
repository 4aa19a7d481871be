package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import io.duoctl.core.workflows.schedules.Schedule;
import io.duoctl.core.workflows.schedules.ScheduleChanges;
import io.duoctl.core.workflows.schedules.ScheduleLaunch;
import io.duoctl.core.workflows.schedules.ScheduleRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code duoctl schedules}: schedules that start workflow runs, run by every {@code duoctl serve}
 * on the same database (the CLI only stores them).
 */
@Command(
    name = "schedules",
    description =
        "Schedules that run a workflow at cron times (run by duoctl serve): add, list, show,"
            + " remove, enable, disable.",
    subcommands = {
      SchedulesCommand.Add.class,
      SchedulesCommand.ListSchedules.class,
      SchedulesCommand.Show.class,
      SchedulesCommand.Remove.class,
      SchedulesCommand.Enable.class,
      SchedulesCommand.Disable.class
    })
final class SchedulesCommand {
  private static final int SHOWN_LAUNCHES = 10;

  private SchedulesCommand() {}

  @Command(
      name = "add",
      description = {
        "Adds a schedule: the workflow runs at every time the cron expression names, in the time"
            + " zone, as schedule:NAME with --config's configuration (default: the default one).",
        "Cron: 5 fields (minute hour day-of-month month day-of-week), e.g. \"0 7 * * MON-FRI\","
            + " or 6 with seconds first. Inputs are checked against the workflow now; a secret"
            + " input cannot be scheduled.",
        "A workflow that may run destructive actions in several organizations needs --yes."
      })
  static final class Add extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "Lower-case words joined by dashes.")
    String name;

    @Option(
        names = "--workflow",
        required = true,
        paramLabel = "WORKFLOW",
        description = "The workflow to run, e.g. offboard-everywhere.")
    String workflow;

    @Option(
        names = "--cron",
        required = true,
        paramLabel = "EXPRESSION",
        description = "When: e.g. \"0 7 * * MON-FRI\" (quote it).")
    String cron;

    @Option(
        names = {"--zone", "--time-zone"},
        required = true,
        paramLabel = "ZONE",
        description = "The IANA time zone the cron is read in, e.g. Europe/Berlin or UTC.")
    String zone;

    @Option(
        names = "--set",
        paramLabel = "INPUT=VALUE",
        description =
            "An input of the workflow; repeatable. A value starting with [ or { is read as JSON.")
    Map<String, String> sets = Map.of();

    @Option(names = "--disabled", description = "Store it without running it (enable later).")
    boolean disabled;

    @Option(
        names = "--yes",
        description =
            "Agree that the workflow may run destructive actions in several organizations,"
                + " unattended (needed when no terminal can ask).")
    boolean yes;

    @Override
    int run(Duoctl app) {
      ScheduleRequest request =
          new ScheduleRequest(
              name,
              workflow,
              new ActionFields().set(sets).json(),
              cron,
              zone,
              configuration(),
              !disabled,
              yes);
      Schedule created;
      try {
        created = app.schedules().create(request, app.actor());
      } catch (ConfirmationNeededException question) {
        confirm(question);
        created =
            app.schedules()
                .create(
                    new ScheduleRequest(
                        name,
                        workflow,
                        request.inputs(),
                        cron,
                        zone,
                        configuration(),
                        !disabled,
                        true),
                    app.actor());
      }
      say(
          "Added schedule "
              + created.name()
              + ": "
              + created.workflow()
              + " at \""
              + created.cron()
              + "\" ("
              + created.timeZone().getId()
              + ")"
              + created.nextRunAt().map(at -> ", next run " + time(at)).orElse(", disabled")
              + ". duoctl serve runs it.");
      return ErrorHandler.OK;
    }

    private void confirm(ConfirmationNeededException question) {
      String what =
          "workflow "
              + question.workflow()
              + " may run destructive actions ("
              + String.join(", ", question.destructiveActions())
              + ") in several organizations, unattended at every run";
      if (!terminal().canPrompt() || !terminal().interactive()) {
        throw new UsageException(what + ". Nothing was added; add --yes to agree.");
      }
      String answer = terminal().prompt().readLine(what + ". Schedule it? [y/N] ");
      if (!answer.strip().equalsIgnoreCase("y") && !answer.strip().equalsIgnoreCase("yes")) {
        throw new UsageException("nothing was added; you did not agree");
      }
    }
  }

  @Command(name = "list", description = "Lists the schedules with their next run and last one.")
  static final class ListSchedules extends AppCommand {
    @Override
    int run(Duoctl app) {
      List<Schedule> schedules = app.schedules().list();
      Table table =
          new Table(
              "name",
              "workflow",
              "cron",
              "time_zone",
              "enabled",
              "next_run",
              "last_run",
              "last_outcome",
              "configuration");
      for (Schedule s : schedules) {
        table.row(
            s.name(),
            s.workflow(),
            s.cron(),
            s.timeZone().getId(),
            s.enabled(),
            time(s.nextRunAt()),
            time(s.lastLaunch().map(ScheduleLaunch::dueAt)),
            s.lastLaunch().map(l -> WireNames.of(l.outcome())).orElse(""),
            s.configuration().orElse(""));
      }
      print(table);
      if (schedules.isEmpty()) {
        say(
            "No schedules yet; add one with duoctl schedules add NAME --workflow W --cron \"0 7 *"
                + " * MON-FRI\" --zone Europe/Berlin");
      }
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "show",
      description = "One schedule: its workflow, inputs and times, and its latest launches.")
  static final class Show extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The schedule's name.")
    String name;

    @Override
    int run(Duoctl app) {
      Schedule s = app.schedules().get(name);
      List<ScheduleLaunch> launches = app.schedules().launches(name, SHOWN_LAUNCHES);
      if (options.output != AppOptions.Format.table) {
        print(launchTable(launches));
        return ErrorHandler.OK;
      }
      out().println("name           " + s.name());
      out().println("workflow       " + s.workflow());
      out().println("inputs         " + s.inputs());
      out().println("cron           " + s.cron() + "  (" + s.timeZone().getId() + ")");
      out().println("configuration  " + s.configuration().orElse("(default)"));
      out().println("enabled        " + s.enabled());
      out().println("confirmed      " + s.confirmed());
      out().println("next run       " + time(s.nextRunAt()));
      out().println("created        " + time(s.createdAt()) + " by " + s.createdBy());
      out().println("id             " + s.id());
      out().println();
      if (launches.isEmpty()) {
        out().println("No launches yet.");
        out().flush();
      } else {
        out().println("Latest launches:");
        print(launchTable(launches));
      }
      return ErrorHandler.OK;
    }

    private static Table launchTable(List<ScheduleLaunch> launches) {
      Table table = new Table("due", "outcome", "run_id", "node", "error");
      for (ScheduleLaunch l : launches) {
        table.row(
            time(l.dueAt()),
            WireNames.of(l.outcome()),
            l.runId().orElse(""),
            l.node(),
            l.error().orElse(""));
      }
      return table;
    }
  }

  @Command(name = "remove", description = "Removes a schedule; runs it started go on.")
  static final class Remove extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The schedule's name.")
    String name;

    @Override
    int run(Duoctl app) {
      Schedule removed = app.schedules().delete(name, app.actor());
      say("Removed schedule " + removed.name() + "; it starts no more runs.");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "enable", description = "Runs a schedule again from its next time on.")
  static final class Enable extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The schedule's name.")
    String name;

    @Override
    int run(Duoctl app) {
      Schedule s = app.schedules().update(name, ScheduleChanges.enabled(true), app.actor());
      say(
          "Enabled schedule "
              + s.name()
              + s.nextRunAt().map(at -> "; next run " + time(at)).orElse("")
              + ".");
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "disable",
      description = "Stops a schedule from starting runs (kept; enable it later).")
  static final class Disable extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The schedule's name.")
    String name;

    @Override
    int run(Duoctl app) {
      Schedule s = app.schedules().update(name, ScheduleChanges.enabled(false), app.actor());
      say("Disabled schedule " + s.name() + "; it starts no runs until enabled.");
      return ErrorHandler.OK;
    }
  }

  private static String time(Optional<Instant> at) {
    return TokensCommand.time(at);
  }

  private static String time(Instant at) {
    return TokensCommand.time(at);
  }
}
