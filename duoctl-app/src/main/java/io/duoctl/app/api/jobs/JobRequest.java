package io.duoctl.app.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.app.api.actions.BodyFields;
import io.duoctl.app.api.actions.RunChecks;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.jobs.OrganizationSelection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The body of {@code POST /api/v1/jobs}: one action over a list of organizations, a tag, or every
 * mapped organization, of the named configuration ({@code configuration}, null: the default). Also
 * the arguments of every other front end that starts such a job for an action it names itself (an
 * MCP tool), so that all of them read one shape with the same checks.
 */
public record JobRequest(
    ActionDefinition action,
    OrganizationSelection selection,
    ObjectNode input,
    boolean dryRun,
    OptionalInt confirm,
    String configuration) {

  /** The fields of a body whose action and input are given otherwise. */
  static final Set<String> TARGET_FIELDS =
      Set.of("organizations", "tag", "all_organizations", "dry_run", "confirm", "configuration");

  static final Set<String> FIELDS =
      Stream.concat(TARGET_FIELDS.stream(), Stream.of("action", "input"))
          .collect(Collectors.toUnmodifiableSet());

  /** The fields of a body whose action is given otherwise. */
  private static final Set<String> ACTION_GIVEN_FIELDS =
      Stream.concat(TARGET_FIELDS.stream(), Stream.of("input"))
          .collect(Collectors.toUnmodifiableSet());

  public JobRequest {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(confirm, "confirm");
  }

  /** How the job runs for {@code actor} with {@code scope}. */
  public RunOptions options(String actor, ApiScope scope) {
    RunOptions options = RunOptions.as(actor, scope).withDryRun(dryRun);
    return confirm.isPresent() ? options.confirmed(confirm.getAsInt()) : options;
  }

  /**
   * Reads a body.
   *
   * @param actions finds an action by id
   * @param inputErrors checks an action's input
   * @throws io.duoctl.app.api.ApiException 400 naming every bad field
   */
  static JobRequest read(
      JsonNode body,
      Function<String, Optional<ActionDefinition>> actions,
      BiFunction<ActionDefinition, ObjectNode, List<FieldError>> inputErrors) {
    BodyFields fields = new BodyFields(body, FIELDS);
    String actionId = fields.requiredText("action", "\"users.list\"");
    ActionDefinition action = actionId == null ? null : actions.apply(actionId).orElse(null);
    if (actionId != null && action == null) {
      fields.reject("action", "no action " + actionId + "; GET /api/v1/actions lists them");
    }
    ObjectNode input = fields.object("input", "{\"username\": \"jdoe\"}");
    Target target = Target.read(fields, null);
    if (action != null) {
      fields.rejectAll("input.", inputErrors.apply(action, input));
    }
    fields.throwIfInvalid("invalid job request");
    return target.of(action, input);
  }

  /**
   * Reads the arguments of a job of {@code action}: the fields of a body but {@code action}, one of
   * organizations, tag and all_organizations required.
   *
   * @param inputErrors checks the action's input
   * @throws io.duoctl.app.api.ApiException 400 naming every bad field, input fields as {@code
   *     input.<name>}
   */
  public static JobRequest readFor(
      JsonNode body, ActionDefinition action, Function<ObjectNode, List<FieldError>> inputErrors) {
    BodyFields fields = new BodyFields(body, ACTION_GIVEN_FIELDS);
    ObjectNode input = fields.object("input", "{\"username\": \"jdoe\"}");
    Target target = Target.read(fields, null);
    fields.rejectAll("input.", inputErrors.apply(input));
    fields.throwIfInvalid("invalid arguments");
    return target.of(action, input);
  }

  /**
   * The schema of {@link #readFor}'s arguments for {@code action}: its own input schema as {@code
   * input} (required when the action requires a field), {@code dry_run} only for a mutating action
   * and {@code confirm} only for a destructive one.
   */
  public static ObjectNode schemaFor(ActionDefinition action) {
    ObjectNode input = action.input().json().deepCopy();
    input.remove("$schema");
    JsonSchemas.ObjectSchema schema =
        JsonSchemas.object()
            .description(
                action.title()
                    + " in each organization chosen: give exactly one of organizations, tag and"
                    + " all_organizations");
    if (input.has("required")) {
      schema.required("input", input);
    } else {
      schema.optional("input", input);
    }
    ObjectNode json = targetProperties(schema, "").closed();
    ObjectNode properties = (ObjectNode) json.get("properties");
    if (action.readOnly()) {
      properties.remove("dry_run");
    }
    if (!action.destructive()) {
      properties.remove("confirm");
    }
    return json;
  }

  /**
   * Reads the body of a job whose action is fixed and whose input comes from the configuration it
   * names, e.g. the baseline's fix: the fields of {@link #TARGET_FIELDS}; none of organizations,
   * tag and all_organizations means every organization.
   *
   * @param inputOf the action's input for a configuration (null: the default one)
   * @throws io.duoctl.app.api.ApiException 400 naming every bad field
   */
  static JobRequest readTarget(
      JsonNode body, ActionDefinition action, Function<String, ObjectNode> inputOf) {
    BodyFields fields = new BodyFields(body, TARGET_FIELDS);
    Target target = Target.read(fields, OrganizationSelection.allMapped());
    fields.throwIfInvalid("invalid request");
    return target.of(action, inputOf.apply(target.configuration()));
  }

  /** The fields of a body but the action and its input. */
  private record Target(
      OrganizationSelection selection, boolean dryRun, OptionalInt confirm, String configuration) {

    /**
     * @param otherwise the selection when no field chooses one; null: one must
     */
    static Target read(BodyFields fields, OrganizationSelection otherwise) {
      OrganizationSelection selection = fields.organizationSelection(otherwise);
      boolean dryRun = fields.bool("dry_run", false);
      OptionalInt confirm = fields.positiveInt("confirm", "3");
      String configuration = fields.optionalText("configuration", "\"eu\"").orElse(null);
      return new Target(selection, dryRun, confirm, configuration);
    }

    JobRequest of(ActionDefinition action, ObjectNode input) {
      return new JobRequest(action, selection, input, dryRun, confirm, configuration);
    }
  }

  /** The request body's schema. */
  static ObjectNode schema() {
    JsonSchemas.ObjectSchema schema =
        JsonSchemas.object()
            .description(
                "Run one action over many organizations: give exactly one of organizations, tag"
                    + " and all_organizations")
            .required("action", JsonSchemas.string("The action id, e.g. users.list"))
            .optional(
                "input",
                JsonSchemas.anyObject(
                    "The action's input; its schema is in GET /api/v1/actions/{id} and in the"
                        + " action's run operation"));
    return targetProperties(schema, "").closed();
  }

  /**
   * The schema of a {@link #readTarget} body.
   *
   * @param description what the job does
   */
  static ObjectNode targetSchema(String description) {
    return targetProperties(
            JsonSchemas.object().description(description),
            " (none of organizations, tag and all_organizations: every organization)")
        .closed();
  }

  private static JsonSchemas.ObjectSchema targetProperties(
      JsonSchemas.ObjectSchema schema, String whenNone) {
    return schema
        .optional(
            "organizations",
            JsonSchemas.array("Organizations by id or name" + whenNone, JsonSchemas.string())
                .put("minItems", 1))
        .optional(
            "tag",
            JsonSchemas.string(
                "Every organization with this tag (none: 400 naming tag); those duoctl cannot"
                    + " reach are not run but listed in the job's skipped"))
        .optional(
            "all_organizations",
            JsonSchemas.bool(
                    "Every organization; those duoctl cannot reach are not run but listed in the"
                        + " job's skipped")
                .put("default", false))
        .optional(
            "dry_run",
            JsonSchemas.bool("Mutating actions only show the requests they would send")
                .put("default", false))
        .optional(
            "confirm",
            JsonSchemas.integer(
                    "For a destructive action over more than one organization: how many"
                        + " organizations you saw and agreed to. Without it, or when the selection"
                        + " now holds another number, the answer is 409 confirmation_required with"
                        + " the organizations' count and names; nothing runs. A dry run needs no"
                        + " confirmation.")
                .put("minimum", 1))
        .optional("configuration", RunChecks.configurationSchema());
  }
}
