package io.duoctl.app.api.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionLevel;
import io.duoctl.core.actions.ActionLevelException;
import io.duoctl.core.errors.FieldError;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The body of {@code POST /api/v1/actions/{id}/run}, and the arguments of every other front end
 * that runs one action once (an MCP tool of a parent-level action).
 *
 * @param organization the organization's id or name; null for a parent-level action (the runner
 *     checks which it needs)
 * @param input the action's input fields (checked against its schema by the runner)
 * @param dryRun whether a mutating action only shows the requests it would send
 * @param configuration the named configuration the organization belongs to, or null for the default
 */
public record RunRequest(
    String organization, ObjectNode input, boolean dryRun, String configuration) {

  static final Set<String> FIELDS = Set.of("organization", "input", "dry_run", "configuration");

  public RunRequest {
    Objects.requireNonNull(input, "input");
  }

  /**
   * Reads a body, checking {@code organization} against the action's level (none for a parent-level
   * action, one for the others) and {@code input} with {@code inputErrors} too.
   *
   * @throws io.duoctl.app.api.ApiException 400 naming every bad field, input fields as {@code
   *     input.<name>}
   */
  public static RunRequest read(
      JsonNode body, ActionDefinition action, Function<ObjectNode, List<FieldError>> inputErrors) {
    BodyFields fields = new BodyFields(body, FIELDS);
    String organization = fields.optionalText("organization", "\"Acme\"").orElse(null);
    try {
      action.checkOrganization(organization);
    } catch (ActionLevelException e) {
      fields.rejectAll("", e.errors());
    }
    ObjectNode input = fields.object("input", "{\"username\": \"jdoe\"}");
    boolean dryRun = fields.bool("dry_run", false);
    String configuration = fields.optionalText("configuration", "\"eu\"").orElse(null);
    fields.rejectAll("input.", inputErrors.apply(input));
    fields.throwIfInvalid("invalid run request");
    return new RunRequest(organization, input, dryRun, configuration);
  }

  /**
   * The request body's schema, with {@code inputSchema} as the schema of {@code input}: {@code
   * organization} required for an organization-level action, absent for a parent-level one, and
   * optional when the action is picked at run time ({@code level} null).
   */
  public static ObjectNode schema(JsonNode inputSchema, ActionLevel level) {
    ObjectNode input = inputSchema.deepCopy();
    input.remove("$schema");
    ObjectNode organization =
        JsonSchemas.string(
            "The organization's id or name, e.g. Acme; leave it out for a parent-level action");
    var schema =
        JsonSchemas.object()
            .description(
                level == ActionLevel.PARENT
                    ? "Run the action once on the MSP's parent account (no organization)"
                    : "Run the action for one organization");
    if (level == ActionLevel.ORGANIZATION) {
      schema.required("organization", organization);
    } else if (level == null) {
      schema.optional("organization", organization);
    }
    return schema
        .optional("input", input)
        .optional(
            "dry_run",
            JsonSchemas.bool(
                    "For a mutating action: return the Duo requests it would send (secrets"
                        + " redacted) and send nothing")
                .put("default", false))
        .optional("configuration", RunChecks.configurationSchema())
        .closed();
  }
}
