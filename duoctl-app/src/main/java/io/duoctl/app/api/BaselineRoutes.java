package io.duoctl.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.jobs.BaselineFixRoute;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.baseline.Baseline;
import io.duoctl.core.baseline.DriftSummary;
import io.duoctl.core.jobs.OrganizationSelection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/baseline}: the baseline of Duo account settings, as {@code duoctl baseline}
 * manages it, its drift report, and the fix ({@link BaselineFixRoute}: the job of action {@value
 * Baseline#FIX_ACTION} with the baseline's {@code fix_input}).
 */
final class BaselineRoutes {
  private static final String BASE = "/api/v1/baseline";
  private static final String TAG = "baseline";
  private static final String CONFIGURATION = "The configuration (default: the default one)";

  private final Duoctl duoctl;

  BaselineRoutes(Duoctl duoctl) {
    this.duoctl = duoctl;
  }

  /** {@code PUT /api/v1/baseline}. */
  record Change(String configuration, Map<String, JsonNode> settings) {}

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(BASE, ApiScope.READ)
            .operationId("getBaseline")
            .summary("The baseline: each Duo setting and its value, and the fix's action input")
            .tag(TAG)
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .response(viewSchema())
            .handle(call -> view(duoctl.baselines().get(configuration(call)))),
        ApiRoute.put(BASE, ApiScope.ADMIN)
            .operationId("setBaseline")
            .summary("Sets settings of the baseline, leaving the others; every value checked first")
            .tag(TAG)
            .body(changeSchema())
            .response(viewSchema())
            .handle(this::set),
        ApiRoute.delete(BASE + "/settings/{setting}", ApiScope.ADMIN)
            .operationId("unsetBaselineSetting")
            .summary("Removes one setting from the baseline")
            .tag(TAG)
            .pathParam("setting", "Duo's parameter name, e.g. lockout_threshold")
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .response(viewSchema())
            .handle(
                call ->
                    view(
                        duoctl
                            .baselines()
                            .unset(
                                configuration(call),
                                List.of(call.pathParam("setting")),
                                call.actor()))),
        ApiRoute.get(BASE + "/drift", ApiScope.READ)
            .operationId("baselineDrift")
            .summary("Every setting of the chosen organizations that differs from the baseline")
            .description(
                "Reads each organization's settings (a job of settings.get) and lists each"
                    + " difference; an organization whose settings could not be read is a row"
                    + " with its problem, never counted as clean. Default: every organization.")
            .tag(TAG)
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .query(
                "organizations", "Only these, names or ids, comma-separated", JsonSchemas.string())
            .query("tag", "Only the organizations with this tag", JsonSchemas.string())
            .response(driftSchema())
            .handle(this::drift),
        BaselineFixRoute.route(duoctl, BASE + "/fix", TAG));
  }

  private static String configuration(ApiCall call) {
    return call.query("configuration").orElse(null);
  }

  private Object set(ApiCall call) {
    Change body = call.body(Change.class);
    return view(
        duoctl
            .baselines()
            .set(
                body.configuration(),
                body.settings() == null ? Map.of() : new LinkedHashMap<>(body.settings()),
                call.actor()));
  }

  private Object drift(ApiCall call) {
    OrganizationSelection selection =
        call.query("organizations")
            .map(
                list ->
                    OrganizationSelection.of(
                        Arrays.stream(list.split(",")).map(String::strip).toList()))
            .orElseGet(
                () ->
                    call.query("tag")
                        .map(OrganizationSelection::tagged)
                        .orElseGet(OrganizationSelection::allMapped));
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    var rows = answer.putArray("rows");
    DriftSummary summary =
        duoctl
            .settingsDrift(configuration(call))
            .run(
                duoctl.baselines().get(configuration(call)),
                selection,
                RunOptions.as(call.actor(), ApiScope.READ),
                row -> rows.add(row.json()));
    answer
        .put("job_id", summary.jobId())
        .put("clean", summary.clean())
        .put("on_baseline", summary.onBaseline())
        .put("drifted", summary.drifted())
        .put("not_read", summary.notRead())
        .put("differences", summary.differences());
    return answer;
  }

  private static ObjectNode view(Baseline baseline) {
    ObjectNode view = JsonNodeFactory.instance.objectNode();
    view.put("configuration", baseline.configuration());
    view.set("settings", baseline.json());
    view.set("fix_input", baseline.isEmpty() ? null : baseline.fixInput());
    return view;
  }

  private static ObjectNode viewSchema() {
    return JsonSchemas.object()
        .description("The baseline of one configuration")
        .required("configuration", JsonSchemas.string("The configuration's name"))
        .required(
            "settings",
            JsonSchemas.anyObject(
                "Duo parameter name to value (number, boolean or text), e.g. {\"lockout_threshold\":"
                    + " 5}"))
        .required(
            "fix_input",
            JsonSchemas.anyObject(
                "The input of action settings.align that brings an organization to the baseline;"
                    + " null when the baseline is empty"))
        .build();
  }

  private static ObjectNode changeSchema() {
    return JsonSchemas.object()
        .optional("configuration", JsonSchemas.string(CONFIGURATION))
        .required(
            "settings",
            JsonSchemas.anyObject(
                "Duo parameter name to value, e.g. {\"lockout_threshold\": 5, \"helpdesk_bypass\":"
                    + " \"deny\"}; unknown names and wrong types are 400 naming each"))
        .closed();
  }

  private static ObjectNode driftSchema() {
    ObjectNode row =
        JsonSchemas.object()
            .required("organization", JsonSchemas.string("The organization's name"))
            .required("organization_id", JsonSchemas.string("The organization's id"))
            .required("setting", JsonSchemas.string("Duo's parameter name; null when not read"))
            .required("baseline", JsonSchemas.anyObject("The baseline's value"))
            .required("actual", JsonSchemas.anyObject("Duo's value as Duo sent it"))
            .required("problem", JsonSchemas.string("Why the settings were not read; else null"))
            .build();
    return JsonSchemas.object()
        .required("rows", JsonSchemas.array(row))
        .required("job_id", JsonSchemas.string("The job that read the settings"))
        .required("clean", JsonSchemas.bool("Every organization read and on the baseline"))
        .required("on_baseline", JsonSchemas.integer("Organizations on the baseline"))
        .required("drifted", JsonSchemas.integer("Organizations with a difference"))
        .required("not_read", JsonSchemas.integer("Organizations not read"))
        .required("differences", JsonSchemas.integer("Differing settings in all"))
        .build();
  }
}
