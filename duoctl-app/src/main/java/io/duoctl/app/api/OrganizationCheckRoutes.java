package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.orgs.check.CheckItem;
import io.duoctl.core.orgs.check.OrganizationCheck;
import io.duoctl.core.orgs.check.OrganizationCheckReport;
import java.util.List;

/**
 * {@code /api/v1/organizations/{org}/check} and {@code /api/v1/organizations/check}: whether
 * organizations' keys, mapping and directory key work, with the fix of each problem, as {@code
 * duoctl orgs check} reports it. Calls Duo, changes nothing.
 */
final class OrganizationCheckRoutes {
  private static final String TAG = "organizations";

  private final OrganizationService organizations;
  private final OrganizationCheck check;

  OrganizationCheckRoutes(OrganizationService organizations, OrganizationCheck check) {
    this.organizations = organizations;
    this.check = check;
  }

  /** {@code POST /api/v1/organizations/check}; exactly one of the three selections. */
  record CheckRequest(
      List<String> organizations, String tag, Boolean allOrganizations, String configuration) {}

  record ItemView(String part, String status, boolean failed, String message, String fix) {}

  record ReportView(
      String organizationId,
      String organization,
      String configuration,
      String accessMode,
      boolean ok,
      List<ItemView> checks) {}

  record ReportsView(boolean ok, int checked, int failed, List<ReportView> organizations) {}

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(OrganizationRoutes.ONE + "/check", ApiScope.READ)
            .operationId("checkOrganization")
            .summary("Checks an organization's keys, mapping and directory key against Duo")
            .description(
                "One signed call per API the organization uses. ok is false when a check failed;"
                    + " each failed check names the command that fixes it.")
            .tag(TAG)
            .pathParam("org", OrganizationRoutes.ORG)
            .query("configuration", OrganizationRoutes.CONFIGURATION, JsonSchemas.string())
            .response(reportSchema())
            .handle(
                call ->
                    view(
                        check.check(
                            organizations.getByNameOrId(
                                call.query("configuration").orElse(null), call.pathParam("org"))))),
        ApiRoute.post(OrganizationRoutes.BASE + "/check", ApiScope.READ)
            .operationId("checkOrganizations")
            .summary("Checks many organizations' keys, mapping and directory keys against Duo")
            .tag(TAG)
            .body(requestSchema())
            .response(reportsSchema())
            .handle(this::checkMany));
  }

  private Object checkMany(ApiCall call) {
    CheckRequest body = call.body(CheckRequest.class);
    List<OrganizationCheckReport> reports = check.check(body.configuration(), selection(body));
    List<ReportView> views = reports.stream().map(OrganizationCheckRoutes::view).toList();
    int failed = (int) views.stream().filter(v -> !v.ok()).count();
    return new ReportsView(failed == 0, views.size(), failed, views);
  }

  private static OrganizationSelection selection(CheckRequest body) {
    boolean all = Boolean.TRUE.equals(body.allOrganizations());
    int chosen =
        (body.organizations() != null ? 1 : 0) + (body.tag() != null ? 1 : 0) + (all ? 1 : 0);
    if (chosen != 1 || (body.organizations() != null && body.organizations().isEmpty())) {
      String message =
          "choose exactly one of organizations (a non-empty list), tag, and all_organizations:"
              + " true";
      throw ApiException.invalid(
          "organizations: " + message, List.of(new FieldError("organizations", message)));
    }
    if (body.organizations() != null) {
      return OrganizationSelection.of(body.organizations());
    }
    return body.tag() != null
        ? OrganizationSelection.tagged(body.tag())
        : OrganizationSelection.allMapped();
  }

  static ReportView view(OrganizationCheckReport report) {
    return new ReportView(
        report.organizationId(),
        report.organization(),
        report.configuration(),
        OrganizationViews.mode(report.accessMode()),
        report.ok(),
        report.items().stream().map(OrganizationCheckRoutes::item).toList());
  }

  private static ItemView item(CheckItem i) {
    return new ItemView(i.part(), i.status(), i.failed(), i.message(), i.fix());
  }

  private static ObjectNode requestSchema() {
    return JsonSchemas.object()
        .description("Give exactly one of organizations, tag and all_organizations")
        .optional(
            "organizations", JsonSchemas.array("Organizations by id or name", JsonSchemas.string()))
        .optional("tag", JsonSchemas.string("Every organization with this tag"))
        .optional("all_organizations", JsonSchemas.bool("Every organization, mapped or not"))
        .optional("configuration", JsonSchemas.string("Their configuration; default"))
        .closed();
  }

  static ObjectNode itemSchema() {
    return JsonSchemas.object()
        .required(
            "part",
            JsonSchemas.oneOf("What was checked", "admin", "auth", "mapping", "directory_key"))
        .required(
            "status",
            JsonSchemas.string(
                "What the check found, e.g. ok, wrong_secret_key, not_mapped, not_set"))
        .required("failed", JsonSchemas.bool("Whether this makes the check fail"))
        .required("message", JsonSchemas.string("What it means"))
        .optional("fix", JsonSchemas.string("The command that fixes it"))
        .build();
  }

  private static ObjectNode reportSchema() {
    return JsonSchemas.object()
        .required("organization_id", JsonSchemas.string("The organization's id"))
        .required("organization", JsonSchemas.string("Its name"))
        .required("configuration", JsonSchemas.string("Its configuration"))
        .required("access_mode", OrganizationViews.accessModeSchema())
        .required("ok", JsonSchemas.bool("Whether no check failed"))
        .required("checks", JsonSchemas.array("One per part checked", itemSchema()))
        .build();
  }

  private static ObjectNode reportsSchema() {
    return JsonSchemas.object()
        .required("ok", JsonSchemas.bool("Whether no organization's check failed"))
        .required("checked", JsonSchemas.integer("How many organizations were checked"))
        .required("failed", JsonSchemas.integer("How many of them failed"))
        .required("organizations", JsonSchemas.array("One report per organization", reportSchema()))
        .build();
  }
}
