package io.duoctl.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.duoctl.app.Duoctl;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.rules.LogRule;
import io.duoctl.core.logexport.rules.LogRuleReader;
import io.duoctl.core.logexport.rules.RuleTestResult;
import io.duoctl.core.logexport.rules.SampleEvent;
import io.duoctl.core.vocabulary.WireNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl logs rules}: rules that fire a webhook, workflow or e-mail on log events. */
@Command(
    name = "rules",
    description =
        "Rules over exported Duo log events (CEL) that call a webhook, start a workflow or send an"
            + " e-mail: list, show, add --file, delete, enable, disable, test.",
    subcommands = {
      LogRulesCommand.ListRules.class,
      LogRulesCommand.Show.class,
      LogRulesCommand.Add.class,
      LogRulesCommand.Delete.class,
      LogRulesCommand.Enable.class,
      LogRulesCommand.Disable.class,
      LogRulesCommand.Test.class
    })
final class LogRulesCommand {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int MAX_FILE = 64 * 1024;

  private LogRulesCommand() {}

  private static Table table(List<LogRule> rules) {
    Table table =
        new Table("name", "enabled", "action", "condition", "aggregate", "max_per_hour", "created");
    rules.forEach(
        r ->
            table.row(
                r.name(),
                r.enabled(),
                r.action().kind(),
                r.condition(),
                r.aggregation()
                    .map(a -> a.atLeast() + " by " + a.groupBy() + " within " + a.within())
                    .orElse(""),
                r.maxPerHour(),
                TokensCommand.time(r.createdAt())));
    return table;
  }

  static String read(Path file, String option) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > MAX_FILE) {
        throw new UsageException(option + ": " + file + " is larger than 64 KiB");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException(option + ": no file " + file);
    } catch (IOException e) {
      throw new UsageException(option + ": cannot read " + file + ": " + e.getMessage());
    }
  }

  @Command(name = "list", description = "Lists the log rules (never their secrets).")
  static final class ListRules extends AppCommand {
    @Override
    int run(Duoctl app) {
      List<LogRule> rules = app.logRules().list();
      print(table(rules));
      if (rules.isEmpty()) {
        say("No log rules yet; add one with duoctl logs rules add --file rule.yaml");
      }
      return ErrorHandler.OK;
    }
  }

  @Command(name = "show", description = "Shows one rule in its file form (never its secret).")
  static final class Show extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The rule's name.")
    String name;

    @Override
    int run(Duoctl app) {
      LogRule rule = app.logRules().get(name);
      try {
        out().print(YAML.writeValueAsString(LogRuleReader.write(rule)));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      if (rule.secretSet()) {
        out().println("# its secret is stored encrypted and not shown");
      }
      out().flush();
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "add",
      description = {
        "Adds the rule in FILE (YAML or JSON; README, \"Log rules\"). It is checked whole first:"
            + " every field, its CEL compiled and type-checked. A secret in it (a webhook's"
            + " signing secret, an SMTP password) is stored encrypted and never shown again."
      })
  static final class Add extends AppCommand {
    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The rule file.")
    Path file;

    @Override
    int run(Duoctl app) {
      LogRule rule = app.logRules().create(LogRuleReader.parse(read(file, "--file")), app.actor());
      say(
          "Added log rule \""
              + rule.name()
              + "\" ("
              + (rule.enabled() ? "enabled" : "disabled")
              + "): "
              + rule.action().kind()
              + (rule.secretSet() ? "; its secret is stored encrypted." : "."));
      return ErrorHandler.OK;
    }
  }

  @Command(name = "delete", description = "Deletes a rule with its secret and its firings.")
  static final class Delete extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The rule's name.")
    String name;

    @Override
    int run(Duoctl app) {
      app.logRules().delete(name, app.actor());
      say("Deleted log rule \"" + name + "\".");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "enable", description = "Fires a rule again on matching events.")
  static final class Enable extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The rule's name.")
    String name;

    @Override
    int run(Duoctl app) {
      app.logRules().setEnabled(name, true, app.actor());
      say("Log rule \"" + name + "\" is enabled.");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "disable", description = "Stops a rule firing until it is enabled.")
  static final class Disable extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The rule's name.")
    String name;

    @Override
    int run(Duoctl app) {
      app.logRules().setEnabled(name, false, app.actor());
      say("Log rule \"" + name + "\" is disabled.");
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "test",
      description =
          "Evaluates a rule over one event without acting: whether it matches and what it would"
              + " do. Exit code 0 when it matches, 1 when not.")
  static final class Test extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The rule's name.")
    String name;

    @Option(
        names = "--event",
        required = true,
        paramLabel = "FILE",
        description =
            "A Duo log entry as JSON, or an exported event (organization, log, key, timestamp,"
                + " event).")
    Path event;

    @Option(
        names = "--log",
        paramLabel = "LOG",
        defaultValue = "authentication",
        description = "The log a bare entry comes from (default: ${DEFAULT-VALUE}).")
    String log;

    @Override
    int run(Duoctl app) {
      JsonNode json;
      try {
        json = JSON.readTree(read(event, "--event"));
      } catch (IOException e) {
        throw new UsageException("--event: " + event + " is not JSON");
      }
      LogKind kind = WireNames.parse(LogKind.class, log, "--log");
      RuleTestResult result = app.logRules().test(name, SampleEvent.of(json, kind));
      Table table = new Table("matched", "group", "would", "inputs", "failure");
      table.row(
          result.matched(),
          result.groupKey().orElse(""),
          result.matched() ? result.action() : "nothing",
          result.inputs().map(JsonNode::toString).orElse(""),
          result.failure().orElse(""));
      print(table);
      return result.matched() ? ErrorHandler.OK : ErrorHandler.FAILED;
    }
  }
}
