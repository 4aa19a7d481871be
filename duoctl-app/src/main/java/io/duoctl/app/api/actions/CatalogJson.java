package io.duoctl.app.api.actions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionLevel;
import io.duoctl.core.actions.Effect;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.vocabulary.WireNames;
import java.util.List;

/** Catalog entries as the REST API shows them, and the JSON Schema of that shape. */
final class CatalogJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CatalogJson() {}

  /** One action with its input schema, output description and flags. */
  static ObjectNode action(ActionDefinition action) {
    ObjectNode json = NODES.objectNode();
    json.put("id", action.id())
        .put("title", action.title())
        .put("category", action.category())
        .put("description", action.description())
        .put("effect", WireNames.of(action.effect()))
        .put("read_only", action.readOnly())
        .put("mutating", action.mutating())
        .put("destructive", action.destructive())
        .put("returns_secrets", action.returnsSecrets())
        .put("api", action.api().fieldPrefix())
        .put("level", action.level().wireName());
    action.secretOutputs().forEach(json.putArray("secret_outputs")::add);
    json.put("output", action.output());
    json.set("input_schema", action.input().json());
    return json;
  }

  /** {@code {"actions": [...], "categories": [...]}}. */
  static ObjectNode list(List<ActionDefinition> actions, List<String> categories) {
    ObjectNode json = NODES.objectNode();
    ArrayNode items = json.putArray("actions");
    actions.forEach(a -> items.add(action(a)));
    categories.forEach(json.putArray("categories")::add);
    return json;
  }

  /** The schema of {@link #action}. */
  static ObjectNode actionSchema() {
    return JsonSchemas.object()
        .description("An action of the catalog")
        .required("id", JsonSchemas.string("Stable dotted id, e.g. users.create"))
        .required("title", JsonSchemas.string("Short human title"))
        .required("category", JsonSchemas.string("The catalog category, the id's first segment"))
        .required("description", JsonSchemas.string("What the action does"))
        .required(
            "effect", JsonSchemas.oneOf("What running it does to the Duo account", Effect.class))
        .required("read_only", JsonSchemas.bool("Reads only; a read token may run it"))
        .required(
            "mutating",
            JsonSchemas.bool("Changes state at Duo; needs a run token and supports dry-run"))
        .required(
            "destructive", JsonSchemas.bool("Deletes or revokes something that cannot be restored"))
        .required(
            "returns_secrets",
            JsonSchemas.bool(
                "Its data holds secrets (bypass codes, activation links), shown to the caller once"))
        .required("api", JsonSchemas.oneOf("The Duo API whose keys it needs", DuoApi.class))
        .required(
            "level",
            JsonSchemas.oneOf(
                "organization: runs for one organization (or a job over many); parent: runs once"
                    + " on the MSP's parent account and takes no organization",
                ActionLevel.class))
        .required(
            "secret_outputs",
            JsonSchemas.array("Output fields that carry secrets", JsonSchemas.string()))
        .required("output", JsonSchemas.string("What data holds on success"))
        .required(
            "input_schema",
            JsonSchemas.anyObject("The input as a JSON Schema (draft 2020-12) object"))
        .build()
        .put("title", "Action");
  }

  /** The schema of {@link #list}. */
  static ObjectNode listSchema() {
    return JsonSchemas.object()
        .description("The catalog, or one category of it")
        .required("actions", JsonSchemas.array("The actions, sorted by id", actionSchema()))
        .required("categories", JsonSchemas.array("Every category, sorted", JsonSchemas.string()))
        .build()
        .put("title", "ActionList");
  }
}
