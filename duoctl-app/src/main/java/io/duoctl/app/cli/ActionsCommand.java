package io.duoctl.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.FieldRule;
import io.duoctl.core.vocabulary.WireNames;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl actions}: the catalog of actions {@code duoctl run} can run. */
@Command(
    name = "actions",
    description = "The action catalog: what `duoctl run` can do, and each action's input.",
    subcommands = {ActionsCommand.ListActions.class, ActionsCommand.Describe.class})
final class ActionsCommand {
  private ActionsCommand() {}

  static String effect(ActionDefinition action) {
    return WireNames.of(action.effect()) + (action.returnsSecrets() ? ", returns secrets" : "");
  }

  @Command(name = "list", description = "Lists the actions, by category.")
  static final class ListActions extends AppCommand {
    @Option(names = "--category", paramLabel = "C", description = "Only this category.")
    String category;

    @Override
    int run(Duoctl app) {
      if (category != null && !app.actions().categories().contains(category)) {
        throw new UsageException(
            "unknown --category \""
                + category
                + "\"; use one of "
                + String.join(", ", app.actions().categories()));
      }
      List<ActionDefinition> actions =
          category == null ? app.actions().list() : app.actions().list(category);
      Table table = new Table("id", "category", "effect", "api", "level", "title");
      for (ActionDefinition a : actions) {
        table.row(
            a.id(),
            a.category(),
            effect(a),
            a.api().fieldPrefix(),
            a.level().wireName(),
            a.title());
      }
      print(table);
      return ErrorHandler.OK;
    }
  }

  @Command(name = "describe", description = "Shows an action: what it does, its input fields.")
  static final class Describe extends AppCommand {
    @Parameters(paramLabel = "ACTION", description = "The action id, e.g. users.create.")
    String actionId;

    @Override
    int run(Duoctl app) {
      ActionDefinition action = app.actions().require(actionId);
      JsonNode properties = action.input().json().path("properties");
      if (options.output == AppOptions.Format.csv) {
        print(fields(action, properties));
        return ErrorHandler.OK;
      }
      if (options.output != AppOptions.Format.table) {
        out().println(definition(action).toPrettyString());
        out().flush();
        return ErrorHandler.OK;
      }
      out().println(action.id() + " — " + action.title());
      out().println("  category: " + action.category());
      out().println("  effect:   " + effect(action));
      out().println("  api:      " + action.api().fieldPrefix());
      out()
          .println(
              "  level:    "
                  + (action.parentLevel()
                      ? "parent (runs once on the MSP's parent account; no --org)"
                      : "organization"));
      out().println("  output:   " + action.output());
      out().println();
      out().println(action.description());
      out().println();
      out().print(fields(action, properties).render(AppOptions.Format.table));
      out().println();
      out().println("Input schema (JSON Schema 2020-12):");
      out().println(action.input().json().toPrettyString());
      out().flush();
      return ErrorHandler.OK;
    }

    private static ObjectNode definition(ActionDefinition action) {
      ObjectNode json = JsonNodeFactory.instance.objectNode();
      json.put("id", action.id())
          .put("title", action.title())
          .put("category", action.category())
          .put("description", action.description())
          .put("effect", WireNames.of(action.effect()))
          .put("api", action.api().fieldPrefix())
          .put("level", action.level().wireName())
          .put("output", action.output());
      action.secretOutputs().forEach(json.putArray("secret_outputs")::add);
      json.set("input_schema", action.input().json());
      return json;
    }

    private static Table fields(ActionDefinition action, JsonNode properties) {
      Table table = new Table("field", "type", "required", "default", "description");
      for (FieldRule rule : action.input().fields().values()) {
        JsonNode schema = properties.path(rule.name());
        table.row(
            rule.name(),
            type(schema) + (rule.secret() ? " (secret)" : ""),
            rule.required() ? "yes" : "no",
            rule.defaultValue() == null ? "" : rule.defaultValue().asText(),
            description(schema));
      }
      return table;
    }

    private static String type(JsonNode schema) {
      String type = schema.path("type").asText("");
      if (schema.has("format")) {
        type += " (" + schema.get("format").asText() + ")";
      }
      return type;
    }

    private static String description(JsonNode schema) {
      String text = schema.path("description").asText("");
      if (schema.has("enum")) {
        StringBuilder values = new StringBuilder();
        schema.get("enum").forEach(v -> values.append(values.isEmpty() ? "" : ", ").append(v));
        text += (text.isEmpty() ? "" : "; ") + "one of " + values;
      }
      return text;
    }
  }
}
