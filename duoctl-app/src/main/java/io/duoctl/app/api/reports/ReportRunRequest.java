package io.duoctl.app.api.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.app.api.actions.BodyFields;
import io.duoctl.app.api.actions.RunChecks;
import io.duoctl.core.jobs.OrganizationSelection;
import java.util.Set;

/**
 * What a caller asks of one report run, as the REST API and the MCP tools read it: the
 * organizations (exactly one of organizations, tag and all_organizations), the report's input and
 * the configuration.
 *
 * @param configuration the configuration's name, or null for the default one
 */
public record ReportRunRequest(
    OrganizationSelection selection, ObjectNode input, String configuration) {

  private static final Set<String> FIELDS =
      Set.of("organizations", "tag", "all_organizations", "input", "configuration");

  /**
   * Reads {@code body}.
   *
   * @throws io.duoctl.app.api.ApiException 400 naming every bad field
   */
  public static ReportRunRequest read(JsonNode body) {
    BodyFields fields = new BodyFields(body, FIELDS);
    OrganizationSelection selection = fields.organizationSelection();
    ObjectNode input = fields.object("input", "{\"days\": 90}");
    String configuration = fields.optionalText("configuration", "\"eu\"").orElse(null);
    fields.throwIfInvalid("invalid report run");
    return new ReportRunRequest(selection, input, configuration);
  }

  /**
   * The schema of a body {@link #read} takes.
   *
   * @param input the schema of the report's input
   */
  public static ObjectNode schema(ObjectNode input) {
    return organizationsSchema().optional("input", input).closed();
  }

  /** The schema of the fields that choose the organizations and the configuration. */
  public static JsonSchemas.ObjectSchema organizationsSchema() {
    return JsonSchemas.object()
        .optional(
            "organizations",
            JsonSchemas.array("These organizations, names or ids", JsonSchemas.string()))
        .optional("tag", JsonSchemas.string("Every mapped organization with this tag"))
        .optional("all_organizations", JsonSchemas.bool("Every mapped organization"))
        .optional("configuration", RunChecks.configurationSchema());
  }
}
