package io.duoctl.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowInput;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import io.duoctl.core.workflows.runs.RunFilter;
import io.duoctl.core.workflows.runs.RunState;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.StepState;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import io.duoctl.core.workflows.runs.WorkflowRuns;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl workflows list|run|runs|show-run}: the workflows and their runs. */
final class WorkflowRunCommands {
  private WorkflowRunCommands() {}

  @Command(
      name = "list",
      description = "Lists the workflows that can run, with their inputs.",
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl workflows list"})
  static final class ListWorkflows extends AppCommand {
    @Override
    int run(Duoctl app) {
      Table table = new Table("name", "title", "kind", "inputs");
      for (WorkflowDefinition workflow : app.workflows().all().values()) {
        table.row(
            workflow.name(),
            workflow.title(),
            Workflows.BUILT_IN.contains(workflow.name()) ? "built-in" : "saved",
            inputs(workflow));
      }
      print(table);
      return ErrorHandler.OK;
    }

    private static String inputs(WorkflowDefinition workflow) {
      return String.join(
          ", ",
          workflow.inputs().values().stream()
              .map(i -> i.name() + (i.required() ? "" : "?") + " (" + type(i) + ")")
              .toList());
    }

    private static String type(WorkflowInput input) {
      return input.type().name().toLowerCase(Locale.ROOT);
    }
  }

  @Command(
      name = "save",
      description = {
        "Checks a workflow definition (like validate, also against the saved workflows) and saves"
            + " it, replacing a saved one of the same name; runs already started keep their"
            + " version. A built-in workflow's name is refused."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl workflows save offboard-and-note.yaml"})
  static final class Save extends AppCommand {
    @Parameters(paramLabel = "FILE", description = "The definition, a YAML file.")
    java.nio.file.Path file;

    @Override
    int run(Duoctl app) {
      var summary = app.workflows().save(WorkflowsCommand.Validate.read(file), app.actor());
      say("saved: " + summary.name() + " version " + summary.version());
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "delete",
      description = "Deletes a saved workflow (built-in ones cannot be deleted); its runs stay.",
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl workflows delete offboard-and-note"})
  static final class Delete extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The saved workflow's name.")
    String name;

    @Override
    int run(Duoctl app) {
      app.workflows().delete(name.strip(), app.actor());
      say("deleted: " + name.strip());
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "run",
      description = {
        "Runs a workflow and shows each step as it ends. The run is stored as it goes: if this"
            + " process stops, a server on the same database takes it over from its last finished"
            + " step.",
        "Exit codes: 0 succeeded, 1 failed, 2 usage or invalid input, 3 a change's outcome at Duo"
            + " is unknown."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl workflows run onboard-user --set organization=Acme --set username=jdoe \\",
        "      --set email=jdoe@acme.example --set phone=+14155550123",
        "  duoctl workflows run offboard-everywhere --set user=jdoe --dry-run"
      })
  static final class Run extends AppCommand {
    @Parameters(paramLabel = "WORKFLOW", description = "The workflow's name (`workflows list`).")
    String workflow;

    @Option(
        names = "--set",
        paramLabel = "INPUT=VALUE",
        description =
            "An input of the workflow; repeatable. A value starting with [ or { is read as JSON.")
    Map<String, String> sets = Map.of();

    @Option(
        names = "--dry-run",
        description = "Plan every change, per organization, and send none.")
    boolean dryRun;

    @Option(
        names = "--yes",
        description =
            "Run a workflow that deletes across several organizations without asking (needed"
                + " when no terminal can ask).")
    boolean yes;

    @Override
    int run(Duoctl app) {
      ActionFields inputs = new ActionFields().set(sets);
      WorkflowRuns runs = app.workflowRuns();
      WorkflowRuns.Finished finished;
      try {
        finished = runs.run(request(app, inputs, false), this::progress);
      } catch (ConfirmationNeededException question) {
        confirm(question);
        finished = runs.run(request(app, inputs, true), this::progress);
      }
      WorkflowRun run = finished.run();
      say("duoctl: run " + run.id() + ": " + run.summary());
      Table outputs = new Table("output", "value");
      if (run.outputs() != null) {
        run.outputs().properties().forEach(e -> outputs.row(e.getKey(), text(e.getValue())));
      }
      finished
          .shownOnce()
          .properties()
          .forEach(e -> outputs.row(e.getKey() + " (shown once)", text(e.getValue())));
      if (!outputs.isEmpty()) {
        print(outputs);
      }
      return exitCode(run, runs.history().steps(run.id()));
    }

    private WorkflowRunRequest request(Duoctl app, ActionFields inputs, boolean confirmed) {
      return new WorkflowRunRequest(
          workflow.strip(),
          inputs.json(),
          app.actor(),
          ApiScope.ADMIN,
          dryRun,
          confirmed,
          Optional.ofNullable(configuration()),
          RunTrigger.byHand(RunTrigger.Kind.CLI));
    }

    private void progress(StepRun step) {
      if (step.state() == StepState.STARTED) {
        return;
      }
      StringBuilder line = new StringBuilder("  ").append(step.key());
      if (step.organizationName() != null) {
        line.append(" [").append(step.organizationName()).append(']');
      }
      line.append(": ").append(describe(step));
      err().println(line);
      err().flush();
    }

    private void confirm(ConfirmationNeededException question) {
      if (yes) {
        return;
      }
      if (!terminal().canPrompt() || !terminal().interactive()) {
        throw new UsageException(
            question.getMessage() + ". Nothing ran; add --yes to run it without asking.");
      }
      String answer = terminal().prompt().readLine(question.getMessage() + ". Run it? [y/N] ");
      if (!answer.strip().equalsIgnoreCase("y") && !answer.strip().equalsIgnoreCase("yes")) {
        throw new UsageException("nothing ran; you did not confirm " + question.workflow());
      }
    }
  }

  @Command(
      name = "runs",
      description = "Lists workflow runs, newest first: by workflow or by organization.",
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl workflows runs --workflow offboard-everywhere --limit 5"})
  static final class Runs extends AppCommand {
    @Option(names = "--workflow", paramLabel = "NAME", description = "Only runs of this workflow.")
    String workflow;

    @Option(
        names = "--org",
        paramLabel = "ORG",
        description = "Only runs with a step in this organization (name or id).")
    String organization;

    @Option(
        names = "--limit",
        defaultValue = "20",
        paramLabel = "N",
        description = "At most N runs (1-1000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    int run(Duoctl app) {
      if (limit < 1 || limit > 1000) {
        throw new UsageException("--limit must be between 1 and 1000");
      }
      Optional<String> org =
          Optional.ofNullable(organization)
              .map(o -> app.organizations().getByNameOrId(configuration(), o.strip()).id());
      Table table = new Table("id", "workflow", "state", "trigger", "started", "actor", "summary");
      for (WorkflowRun run :
          app.workflowRuns()
              .history()
              .recent(new RunFilter(Optional.ofNullable(workflow), org), 0, limit)) {
        table.row(
            run.id(),
            run.workflow() + (run.dryRun() ? " (dry run)" : ""),
            WireNames.of(run.state()),
            run.trigger().toString(),
            run.createdAt(),
            run.actor(),
            run.summary());
      }
      if (table.isEmpty() && options.output == AppOptions.Format.table) {
        say("No workflow runs yet: `duoctl workflows run NAME` starts one.");
        return ErrorHandler.OK;
      }
      print(table);
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "show-run",
      description =
          "Shows a run and its step timeline: each step's organization, outcome, duration and"
              + " error (inputs and outputs with secrets redacted).",
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl workflows show-run 0b9c5f7e-6f2a-4d7e-9a51-3c1e2d4f5a6b"})
  static final class ShowRun extends AppCommand {
    @Parameters(paramLabel = "RUN_ID", description = "The run's id, as `workflows run` printed it.")
    String runId;

    @Override
    int run(Duoctl app) {
      Optional<WorkflowRun> found = app.workflowRuns().history().find(runId.strip());
      if (found.isEmpty()) {
        err().println("duoctl: no workflow run " + runId + "; see `duoctl workflows runs`");
        err().flush();
        return ErrorHandler.FAILED;
      }
      WorkflowRun run = found.get();
      say(
          run.workflow()
              + " run "
              + run.id()
              + " ("
              + run.trigger()
              + ", "
              + run.actor()
              + "): "
              + run.summary());
      List<StepRun> steps = app.workflowRuns().history().steps(run.id());
      Table table =
          new Table("step", "organization", "outcome", "took", "attempts", "input", "detail");
      for (StepRun step : steps) {
        table.row(
            step.key(),
            step.organizationName(),
            describe(step),
            step.duration().map(WorkflowRunCommands::took).orElse(""),
            step.attempts(),
            step.input() == null ? "" : step.input().toString(),
            step.errorMessage() != null
                ? step.errorMessage()
                : step.output() == null ? "" : clip(step.output().toString()));
      }
      print(table);
      return run.state() == RunState.FAILED ? ErrorHandler.FAILED : ErrorHandler.OK;
    }
  }

  static String describe(StepRun step) {
    return switch (step.state()) {
      case SUCCEEDED ->
          step.outcome() == null
              ? "done"
              : switch (step.outcome()) {
                case CHANGED -> "changed";
                case UNCHANGED -> "already so";
                case READ -> "read";
                case PLANNED -> "planned";
              };
      case SKIPPED ->
          "skipped" + (step.errorMessage() == null ? "" : " (" + step.errorMessage() + ")");
      case FAILED -> "failed: " + step.errorMessage();
      case UNKNOWN -> "outcome unknown: " + step.errorMessage();
      case STARTED -> "running";
    };
  }

  static int exitCode(WorkflowRun run, List<StepRun> steps) {
    if (steps.stream().anyMatch(s -> s.state() == StepState.UNKNOWN)) {
      return ErrorHandler.OUTCOME_UNKNOWN;
    }
    return run.state() == RunState.SUCCEEDED ? ErrorHandler.OK : ErrorHandler.FAILED;
  }

  private static String took(Duration duration) {
    return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  private static String clip(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
