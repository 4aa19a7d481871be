package io.duoctl.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.duoctl.app.Duoctl;
import io.duoctl.core.baseline.Baseline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code duoctl baseline}: the Duo account settings the MSP standardises, drift and the fix. */
@Command(
    name = "baseline",
    description =
        "The baseline of Duo account settings every organization should have: show, set, unset;"
            + " drift lists each organization's settings that differ, fix brings them back.",
    subcommands = {
      BaselineCommand.Show.class,
      BaselineCommand.Set.class,
      BaselineCommand.Unset.class,
      BaselineDriftCommand.class,
      BaselineFixCommand.class
    })
final class BaselineCommand {
  private BaselineCommand() {}

  static Table table(Baseline baseline) {
    Table table = new Table("setting", "value");
    baseline.json().properties().forEach(e -> table.row(e.getKey(), cell(e.getValue())));
    return table;
  }

  /** A value as a table or CSV cell: text as it is, anything else as JSON ({@code null}). */
  static String cell(JsonNode value) {
    return value == null ? "" : value.isTextual() ? value.asText() : value.toString();
  }

  abstract static class Printing extends AppCommand {
    int print(Baseline baseline) {
      if (baseline.isEmpty()) {
        err().println("duoctl: configuration " + baseline.configuration() + " has no baseline");
        err().flush();
      }
      print(table(baseline));
      return ErrorHandler.OK;
    }
  }

  @Command(name = "show", description = "Shows the baseline: each setting and its value.")
  static final class Show extends Printing {
    @Override
    int run(Duoctl app) {
      return print(app.baselines().get(configuration()));
    }
  }

  @Command(
      name = "set",
      description = {
        "Sets settings of the baseline by Duo's parameter name, leaving the others; every value is"
            + " checked first (unknown setting or wrong type: exit 2, nothing saved).",
        "E.g. duoctl baseline set lockout_threshold=5 helpdesk_bypass=deny sms_refresh=false"
      })
  static final class Set extends Printing {
    @Parameters(
        arity = "1..*",
        paramLabel = "SETTING=VALUE",
        description = "A Duo setting and its value, e.g. lockout_threshold=5.")
    List<String> assignments = new ArrayList<>();

    @Override
    int run(Duoctl app) {
      Map<String, JsonNode> values = new LinkedHashMap<>();
      for (String assignment : assignments) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
          throw new UsageException(
              "\"" + assignment + "\" is not SETTING=VALUE; e.g. lockout_threshold=5");
        }
        values.put(
            assignment.substring(0, eq).strip(), TextNode.valueOf(assignment.substring(eq + 1)));
      }
      return print(app.baselines().set(configuration(), values, app.actor()));
    }
  }

  @Command(name = "unset", description = "Removes settings from the baseline.")
  static final class Unset extends Printing {
    @Parameters(arity = "1..*", paramLabel = "SETTING", description = "Duo's parameter name.")
    List<String> settings = new ArrayList<>();

    @Override
    int run(Duoctl app) {
      return print(app.baselines().unset(configuration(), settings, app.actor()));
    }
  }
}
