package io.duoctl.app.cli;

import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.workflows.WorkflowSummary;
import io.duoctl.core.workflows.Workflows;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code duoctl workflows}: workflow definitions, checked and explained without opening duoctl's
 * data, and runs ({@link WorkflowRunCommands}).
 */
@Command(
    name = "workflows",
    description =
        "Workflows (YAML playbooks of actions): list them, run one, see runs and their steps,"
            + " check, save or delete a definition, print the JSON Schema.",
    subcommands = {
      WorkflowRunCommands.ListWorkflows.class,
      WorkflowRunCommands.Run.class,
      WorkflowRunCommands.Runs.class,
      WorkflowRunCommands.ShowRun.class,
      WorkflowRunCommands.Save.class,
      WorkflowRunCommands.Delete.class,
      WorkflowsCommand.Validate.class,
      WorkflowsCommand.Schema.class
    })
final class WorkflowsCommand {
  private WorkflowsCommand() {}

  @Command(
      name = "validate",
      description = {
        "Checks a workflow definition: YAML, the JSON Schema, the action catalog, the built-in"
            + " workflows, every CEL expression and where secrets flow.",
        "Prints `valid: NAME (N steps)` (exit 0) or every error with its line and column (exit 2)."
      })
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The definition, a YAML file.")
    Path file;

    @Override
    public Integer call() {
      Workflows workflows = new Workflows(StandardActions.catalog(), Clock.systemUTC());
      WorkflowSummary summary = workflows.validate(read(file));
      PrintWriter out = spec.commandLine().getOut();
      int steps = summary.steps().size();
      out.println("valid: " + summary.name() + " (" + steps + (steps == 1 ? " step)" : " steps)"));
      out.flush();
      return ErrorHandler.OK;
    }

    static String read(Path file) {
      // Read a little past the limit so that core reports an oversized file, not the JVM.
      int limit = Workflows.MAX_CHARS * 4 + 1;
      try (InputStream in = Files.newInputStream(file)) {
        return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new UsageException("no file " + file);
      } catch (IOException e) {
        throw new UsageException("cannot read " + file + ": " + e.getMessage());
      }
    }
  }

  @Command(
      name = "schema",
      description =
          "Prints the JSON Schema (draft 2020-12) workflow definitions are checked against.")
  static final class Schema implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.println(new Workflows(StandardActions.catalog(), Clock.systemUTC()).schema().strip());
      out.flush();
      return ErrorHandler.OK;
    }
  }
}
