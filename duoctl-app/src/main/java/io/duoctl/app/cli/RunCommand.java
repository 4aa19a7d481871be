package io.duoctl.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code duoctl run ACTION}: runs one catalog action for one or many organizations, one result row
 * per organization. Exit 0 when every row succeeded, 1 when any failed, 2 for bad usage or input,
 * 130 when interrupted.
 */
@Command(
    name = "run",
    description = {
      "Runs an action (see `duoctl actions list`) for the selected organizations.",
      "A parent-level action (accounts.*, billing.*, raw.accounts) runs once on the MSP's parent"
          + " account and takes no organization option; its child account is its account_id"
          + " input.",
      "Over several organizations it runs as a job: its id is printed on stderr"
          + " (`duoctl jobs show ID`), with a progress bar on a terminal.",
      "Exit code: 0 all rows ok, 1 any row failed, 2 usage error or invalid input,"
          + " 130 interrupted by Ctrl-C (the job is cancelled)."
    })
final class RunCommand extends ActionCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "ACTION", description = "The action id, e.g. users.create.")
  String actionId;

  @Option(
      names = "--input",
      paramLabel = "FILE|-",
      description = "Input fields as a JSON object from FILE or stdin (-); --set wins.")
  String inputFile;

  @Override
  String actionId() {
    return actionId;
  }

  @Override
  void fill(ActionFields fields) {
    if (inputFile == null) {
      return;
    }
    JsonNode read = readInput();
    if (read == null || !read.isObject()) {
      throw new UsageException(
          "--input must hold a JSON object of fields, like {\"user\": \"jdoe\"}");
    }
    fields.putAll((ObjectNode) read);
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
}
