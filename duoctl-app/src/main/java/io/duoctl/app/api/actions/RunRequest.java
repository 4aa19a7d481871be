package io.duoctl.app.api.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.errors.FieldError;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The body of {@code POST /api/v1/actions/{id}/run}.
 *
 * @param organization the organization's id or name
 * @param input the action's input fields (checked against its schema by the runner)
 * @param dryRun whether a mutating action only shows the requests it would send
 * @param configuration the named configuration the organization belongs to, or null for the default
 */
record RunRequest(String organization, ObjectNode input, boolean dryRun, String configuration) {

  static final Set<String> FIELDS = Set.of("organization", "input", "dry_run", "configuration");

  RunRequest {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(input, "input");
  }

  /**
   * Reads a body, checking {@code input} with {@code inputErrors} too.
   *
   * @throws io.duoctl.app.api.ApiException 400 naming every bad field, input fields as {@code
   *     input.<name>}
   */
  static RunRequest read(JsonNode body, Function<ObjectNode, List<FieldError>> inputErrors) {
    BodyFields fields = new BodyFields(body, FIELDS);
    String organization = fields.requiredText("organization", "\"Acme\"");
    ObjectNode input = fields.object("input", "{\"username\": \"jdoe\"}");
    boolean dryRun = fields.bool("dry_run", false);
    String configuration = fields.optionalText("configuration", "\"eu\"").orElse(null);
    fields.rejectAll("input.", inputErrors.apply(input));
    fields.throwIfInvalid("invalid run request");
    return new RunRequest(organization, input, dryRun, configuration);
  }

  /** The request body's schema, with {@code inputSchema} as the schema of {@code input}. */
  static ObjectNode schema(JsonNode inputSchema) {
    ObjectNode input = inputSchema.deepCopy();
    input.remove("$schema");
    return JsonSchemas.object()
        .description("Run the action for one organization")
        .required("organization", JsonSchemas.string("The organization's id or name, e.g. Acme"))
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
