package io.duoctl.app.api.reports;

import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.reports.output.ReportFormat;
import java.util.List;

/**
 * The report catalog and report runs: {@code GET /api/v1/reports}, {@code GET
 * /api/v1/reports/{name}} and {@code POST /api/v1/reports/{name}/runs}, whose answer streams the
 * rows in the format asked for; the daily snapshots: {@code GET|POST /api/v1/reports/snapshots}.
 */
public final class ReportRoutes {

  /** Where the catalog lives. */
  public static final String REPORTS = "/api/v1/reports";

  /** Where the snapshots live. */
  public static final String SNAPSHOTS = REPORTS + "/snapshots";

  private ReportRoutes() {}

  public static List<ApiRoute> routes(Duoctl duoctl) {
    ReportsController reports = new ReportsController(duoctl);
    SnapshotsController snapshots = new SnapshotsController(duoctl);
    return List.of(
        ApiRoute.get(SNAPSHOTS, ApiScope.READ)
            .operationId("getSnapshotTrends")
            .summary("Trends from the daily snapshots")
            .description(
                "Per day from from to to (both included; default the 30 days to today in the"
                    + " snapshot zone): the figures summed over the organizations with a snapshot"
                    + " that day (overall), and each organization's series. A day an organization"
                    + " could not be read is missing from its series, never zero. 400 names a bad"
                    + " date.")
            .tag("reports")
            .query("from", "The first day, e.g. 2026-11-01", JsonSchemas.string())
            .query("to", "The last day, e.g. 2026-11-30", JsonSchemas.string())
            .query(
                "organization",
                "Only this organization (its id, or its name when the snapshots were taken)",
                JsonSchemas.string())
            .response(SnapshotJson.trendsSchema())
            .handle(snapshots::trends),
        ApiRoute.post(SNAPSHOTS, ApiScope.READ)
            .operationId("takeSnapshot")
            .summary("Take today's snapshot now")
            .description(
                "Reads the coverage and accounts of the chosen organizations (default: every"
                    + " mapped one) and stores today's snapshot of each, replacing today's figures"
                    + " of each organization read. An organization that could not be read gets no"
                    + " row and is listed in failures. The same as `duoctl reports snapshot`.")
            .tag("reports")
            .body(ReportRunRequest.organizationsSchema().closed())
            .response(SnapshotJson.runSchema())
            .handle(snapshots::take),
        ApiRoute.get(REPORTS, ApiScope.READ)
            .operationId("listReports")
            .summary("The report catalog")
            .description("Every report with its input schema and the columns of its rows.")
            .tag("reports")
            .response(ReportJson.listSchema())
            .handle(call -> reports.list()),
        ApiRoute.get(REPORTS + "/{name}", ApiScope.READ)
            .operationId("getReport")
            .summary("One report")
            .tag("reports")
            .pathParam("name", "The report's name, e.g. mfa_coverage")
            .response(ReportJson.reportSchema())
            .handle(call -> reports.describe(call.pathParam("name"))),
        ApiRoute.post(REPORTS + "/{name}/runs", ApiScope.READ)
            .operationId("runReport")
            .summary("Run a report over organizations")
            .description(
                "Reads every chosen organization (as a job chooses them: of a tag or all, those"
                    + " that cannot be reached are rows with error code organization_unavailable)"
                    + " and streams the rows as organizations finish, in organization order. The"
                    + " format is format=, else the Accept header, else json: table (text/plain),"
                    + " csv, json (an array of items), jsonl (application/x-ndjson) or xlsx. Each"
                    + " line starts with organization, organization_id and ok; an organization"
                    + " that failed has one line with its error. The same bytes as `duoctl"
                    + " reports run NAME -o FORMAT`. 400 names every bad field; 404 an unknown"
                    + " report or configuration.")
            .tag("reports")
            .pathParam("name", "The report's name, e.g. mfa_coverage")
            .query(
                "format",
                "table, csv, json (default), jsonl or xlsx",
                JsonSchemas.oneOf("Answer format", ReportFormat.class))
            .body(ReportRunRequest.schema(JsonSchemas.anyObject("The report's input fields")))
            .response(
                JsonSchemas.array(
                    "One item per row (json); other formats carry the same cells",
                    JsonSchemas.anyObject("organization, organization_id, ok, then the columns")))
            .handle(call -> reports.run(call.pathParam("name"), call)));
  }
}
