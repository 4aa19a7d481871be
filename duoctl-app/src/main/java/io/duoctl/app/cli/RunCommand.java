package io.duoctl.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.OrganizationSelection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code duoctl run ACTION}: runs one catalog action for one or many organizations, one result row
 * per organization. Exit 0 when every row succeeded, 1 when any failed, 2 for bad usage or input.
 */
@Command(
    name = "run",
    description = {
      "Runs an action (see `duoctl actions list`) for the selected organizations.",
      "Exit code: 0 all rows ok, 1 any row failed, 2 usage error or invalid input."
    })
final class RunCommand extends AppCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "ACTION", description = "The action id, e.g. users.create.")
  String actionId;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "An input field; repeatable. A value starting with [ or { is read as JSON.")
  Map<String, String> fields = Map.of();

  @Option(
      names = "--input",
      paramLabel = "FILE|-",
      description = "Input fields as a JSON object from FILE or stdin (-); --set wins.")
  String inputFile;

  @Option(
      names = "--dry-run",
      description = "Show the Duo requests a changing action would send; send nothing.")
  boolean dryRun;

  /** Which organizations to run for: exactly one way. */
  static final class Target {
    @Option(names = "--org", paramLabel = "ORG", description = "One organization, name or id.")
    String org;

    @Option(
        names = "--orgs",
        paramLabel = "A,B",
        split = ",",
        description = "These organizations, names or ids.")
    List<String> orgs;

    @Option(names = "--tag", paramLabel = "T", description = "Every mapped organization tagged T.")
    String tag;

    @Option(names = "--all-orgs", description = "Every mapped organization.")
    boolean all;

    OrganizationSelection selection() {
      if (org != null) {
        return OrganizationSelection.of(List.of(org));
      }
      if (orgs != null) {
        return OrganizationSelection.of(orgs.stream().map(String::strip).toList());
      }
      return tag != null ? OrganizationSelection.tagged(tag) : OrganizationSelection.allMapped();
    }
  }

  @Override
  int run(Duoctl app) {
    app.actions().require(actionId);
    ObjectNode input = input();
    Job job =
        app.fanOut(configuration())
            .start(
                actionId, input, target.selection(), RunOptions.as(app.actor()).withDryRun(dryRun));
    List<ActionResult> results = await(job);
    if (results.isEmpty()) {
      say("No organization matched " + target.selection().describe() + ".");
      return ErrorHandler.OK;
    }
    new ResultPrinter(out(), options.output).print(results);
    long failed = results.stream().filter(r -> !r.ok()).count();
    if (failed > 0) {
      err().println("duoctl: " + failed + " of " + results.size() + " organizations failed");
      err().flush();
      return ErrorHandler.FAILED;
    }
    return ErrorHandler.OK;
  }

  private static List<ActionResult> await(Job job) {
    try {
      while (!job.await(Duration.ofMinutes(1))) {
        // a long fan-out: keep waiting; Ctrl-C ends the process
      }
    } catch (InterruptedException e) {
      job.cancel();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted; the job was cancelled", e);
    }
    return job.results();
  }

  private ObjectNode input() {
    ObjectNode input = JSON.createObjectNode();
    if (inputFile != null) {
      JsonNode read = readInput();
      if (read == null || !read.isObject()) {
        throw new UsageException(
            "--input must hold a JSON object of fields, like {\"user\": \"jdoe\"}");
      }
      input.setAll((ObjectNode) read);
    }
    fields.forEach((key, value) -> input.set(key.strip(), value(key, value)));
    return input;
  }

  private JsonNode readInput() {
    try {
      if ("-".equals(inputFile)) {
        return JSON.readTree(terminal().stdin());
      }
      try (InputStream in = Files.newInputStream(Path.of(inputFile))) {
        return JSON.readTree(in);
      }
    } catch (JsonProcessingException e) {
      throw new UsageException(
          "--input "
              + inputFile
              + " is not valid JSON (line "
              + e.getLocation().getLineNr()
              + "); give a JSON object of fields");
    } catch (IOException e) {
      throw new UsageException("cannot read --input " + inputFile + ": " + e.getMessage());
    }
  }

  private static JsonNode value(String key, String text) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) {
      return JSON.getNodeFactory().textNode(text);
    }
    try {
      return JSON.readTree(trimmed);
    } catch (JsonProcessingException e) {
      throw new UsageException(
          "--set "
              + key
              + ": a value starting with "
              + trimmed.charAt(0)
              + " must be JSON, e.g. [\"a\",\"b\"]; quote it otherwise");
    }
  }
}
