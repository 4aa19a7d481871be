package io.duoctl.app.api.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiException;
import io.duoctl.app.api.ApiResponse;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.logexport.ExportedEventJson;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.exports.ExportStatus;
import io.duoctl.core.logexport.exports.LogExport;
import io.duoctl.core.logexport.exports.LogExportAccess;
import io.duoctl.core.logexport.exports.LogExports;
import io.duoctl.core.logexport.exports.LogSearch;
import io.duoctl.core.logexport.exports.NewLogExport;
import io.duoctl.core.logexport.exports.SinkProgress;
import io.duoctl.core.logexport.exports.SinkSpecs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/log-exports} (create, list, status, start, stop, delete) and {@code
 * /api/v1/logs/query}, with the scopes of {@link LogExportAccess}. Sinks' secrets are taken on
 * create and never returned.
 */
public final class LogExportRoutes {
  /** Where exports live. */
  public static final String BASE = "/api/v1/log-exports";

  /** One-off searches. */
  public static final String QUERY = "/api/v1/logs/query";

  private static final String TAG = "logs";

  private final Duoctl duoctl;

  private LogExportRoutes(Duoctl duoctl) {
    this.duoctl = duoctl;
  }

  /** {@code POST /api/v1/log-exports}. */
  record Create(
      String name,
      String configuration,
      List<String> organizations,
      String tag,
      Boolean allOrganizations,
      List<String> logs,
      String from,
      List<Map<String, String>> sinks) {}

  /** The routes over {@code duoctl}'s log exports. */
  public static List<ApiRoute> routes(Duoctl duoctl) {
    LogExportRoutes routes = new LogExportRoutes(duoctl);
    ObjectNode export = JsonSchemas.anyObject("A log export; sinks' secrets are never shown");
    return List.of(
        ApiRoute.get(BASE, LogExportAccess.READ)
            .operationId("listLogExports")
            .summary("List the log exports")
            .tag(TAG)
            .response(JsonSchemas.array(export))
            .handle(routes::list),
        ApiRoute.post(BASE, LogExportAccess.MANAGE)
            .operationId("createLogExport")
            .summary("Create and start a continuous export of organizations' Duo logs")
            .description(
                "Every duoctl serve node on this database exports it: each organization's log is"
                    + " read by one node at a time (leases), within Duo's 2 requests a minute per"
                    + " log, and each sink's checkpoint advances only after the sink took the"
                    + " events. Give exactly one of organizations, tag, all_organizations. sinks"
                    + " are objects of text fields with kind (file, http, splunk_hec,"
                    + " elasticsearch, syslog); secrets (authorization, token, api_key) are stored"
                    + " encrypted and never returned.")
            .tag(TAG)
            .body(createSchema())
            .response(201, export)
            .handle(routes::create),
        ApiRoute.get(BASE + "/{name}", LogExportAccess.READ)
            .operationId("getLogExport")
            .summary("An export with its progress per organization, log and sink")
            .tag(TAG)
            .pathParam("name", "The export's name")
            .response(export)
            .handle(routes::show),
        ApiRoute.post(BASE + "/{name}/start", LogExportAccess.MANAGE)
            .operationId("startLogExport")
            .summary("Start a stopped export; it resumes from its checkpoints")
            .tag(TAG)
            .pathParam("name", "The export's name")
            .response(export)
            .handle(routes::start),
        ApiRoute.post(BASE + "/{name}/stop", LogExportAccess.MANAGE)
            .operationId("stopLogExport")
            .summary("Stop an export; its checkpoints stay")
            .tag(TAG)
            .pathParam("name", "The export's name")
            .response(export)
            .handle(routes::stop),
        ApiRoute.delete(BASE + "/{name}", LogExportAccess.MANAGE)
            .operationId("deleteLogExport")
            .summary("Delete an export, its checkpoints and its sinks' secrets")
            .tag(TAG)
            .pathParam("name", "The export's name")
            .response(JsonSchemas.anyObject("{\"deleted\": NAME}"))
            .handle(routes::delete),
        ApiRoute.get(QUERY, LogExportAccess.READ)
            .operationId("queryLogs")
            .summary("Search one organization's Duo log now (no export, no checkpoint)")
            .description(
                "Query parameters: org (name or id), log (default authentication), from (default"
                    + " -1h), filter (field=value, repeatable; user matches user.name), limit"
                    + " (default 1000).")
            .tag(TAG)
            .response(JsonSchemas.array(JsonSchemas.anyObject("An exported event")))
            .handle(routes::query));
  }

  private Object list(ApiCall call) {
    return duoctl.logExports().list().stream().map(LogExportRoutes::json).toList();
  }

  private Object create(ApiCall call) {
    Create body = call.body(Create.class);
    int ways =
        (body.organizations() != null ? 1 : 0)
            + (body.tag() != null ? 1 : 0)
            + (Boolean.TRUE.equals(body.allOrganizations()) ? 1 : 0);
    if (ways != 1) {
      throw ApiException.invalid(
          "the log export is not valid",
          List.of(
              new FieldError(
                  "organizations", "give exactly one of organizations, tag, all_organizations")));
    }
    OrganizationSelection selection =
        body.organizations() != null
            ? OrganizationSelection.of(body.organizations())
            : body.tag() != null
                ? OrganizationSelection.tagged(body.tag())
                : OrganizationSelection.allMapped();
    LogExport export =
        duoctl
            .logExports()
            .create(
                new NewLogExport(
                    body.name(),
                    body.configuration(),
                    selection,
                    body.logs(),
                    body.from() == null ? "now" : body.from(),
                    body.sinks()),
                call.token().scope(),
                call.actor());
    return new ApiResponse(201, json(export));
  }

  private Object show(ApiCall call) {
    ExportStatus status = duoctl.logExports().status(call.pathParam("name"));
    Map<String, Object> json = json(status.export());
    json.put("progress", status.progress().stream().map(LogExportRoutes::progress).toList());
    return json;
  }

  private Object start(ApiCall call) {
    LogExports exports = duoctl.logExports();
    return json(exports.start(call.pathParam("name"), call.token().scope(), call.actor()));
  }

  private Object stop(ApiCall call) {
    LogExports exports = duoctl.logExports();
    return json(exports.stop(call.pathParam("name"), call.token().scope(), call.actor()));
  }

  private Object delete(ApiCall call) {
    String name = call.pathParam("name");
    duoctl.logExports().delete(name, call.token().scope(), call.actor());
    return Map.of("deleted", name);
  }

  private Object query(ApiCall call) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String filter : call.context().queryParams("filter")) {
      int eq = filter.indexOf('=');
      if (eq <= 0) {
        throw ApiException.invalid(
            "the query is not valid",
            List.of(new FieldError("filter", "must be field=value, e.g. user=alice")));
      }
      filters.put(filter.substring(0, eq).strip(), filter.substring(eq + 1).strip());
    }
    String org =
        call.query("org")
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "the query is not valid",
                        List.of(
                            new FieldError("org", "is required: an organization's name or id"))));
    return duoctl
        .logSearch()
        .search(
            call.query("configuration").orElse(null),
            org,
            call.query("log").orElse("authentication"),
            call.query("from").orElse("-1h"),
            filters,
            call.queryInt("limit", 1000, 1, LogSearch.MAX_LIMIT))
        .stream()
        .map(ExportedEventJson::of)
        .toList();
  }

  private static Map<String, Object> json(LogExport export) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", export.name());
    json.put("state", export.state().wireName());
    json.put("configuration", export.configuration());
    json.put("organizations", export.organizations().describe());
    json.put("logs", export.orderedLogs().stream().map(LogKind::wireName).toList());
    json.put("start", export.start().toString());
    json.put("sinks", export.sinks().stream().map(s -> SinkSpecs.toFields(s, false)).toList());
    json.put("created_by", export.createdBy());
    json.put("created_at", export.createdAt() == null ? null : export.createdAt().toString());
    return json;
  }

  private static Map<String, Object> progress(SinkProgress p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("organization_id", p.organizationId());
    json.put("organization", p.organizationName());
    json.put("log", p.log());
    json.put("sink", p.sink());
    json.put("checkpoint_at", p.checkpointAt().toString());
    json.put("lag_seconds", p.lag().toSeconds());
    json.put("events_exported", p.eventsExported());
    json.put("events_per_minute", p.eventsPerMinute());
    json.put("last_success_at", p.lastSuccessAt() == null ? null : p.lastSuccessAt().toString());
    json.put("last_error", p.lastError());
    json.put("last_error_at", p.lastErrorAt() == null ? null : p.lastErrorAt().toString());
    return json;
  }

  private static ObjectNode createSchema() {
    return JsonSchemas.object()
        .required("name", JsonSchemas.string("Lower-case words joined by dashes, e.g. siem-prod"))
        .optional("configuration", JsonSchemas.string("Default: the default configuration"))
        .optional(
            "organizations", JsonSchemas.array(JsonSchemas.string("An organization's name or id")))
        .optional("tag", JsonSchemas.string("Every organization with this tag"))
        .optional("all_organizations", JsonSchemas.bool("Every organization, also later ones"))
        .required(
            "logs",
            JsonSchemas.array(
                JsonSchemas.string("authentication, administrator, telephony or activity")))
        .optional("from", JsonSchemas.string("now (default), an ISO-8601 instant or -30d"))
        .required(
            "sinks",
            JsonSchemas.array(
                JsonSchemas.mapOf(
                    "A sink's fields: kind, name, and the kind's own (see duoctl logs export"
                        + " start --help)",
                    JsonSchemas.string())))
        .closed();
  }
}
