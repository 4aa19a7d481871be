package io.duoctl.app.api.jobs;

import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.app.api.openapi.ErrorSchema;
import io.duoctl.core.access.ApiScope;
import java.util.List;

/**
 * The routes of fan-out jobs: start one ({@code POST /api/v1/jobs}), list recent ones, follow one
 * ({@code GET /api/v1/jobs/{id}}), read its rows (JSON or CSV) and cancel it.
 */
public final class JobRoutes {

  /** Where jobs live. */
  public static final String JOBS = "/api/v1/jobs";

  private static final String CONFIRMATION =
      "A destructive action over more than one organization without confirm, or with a confirm"
          + " that is not the selection's size (it changed): error.code is confirmation_required,"
          + " error.count and error.organizations say what to confirm. Nothing ran.";

  private JobRoutes() {}

  /** The routes over {@code duoctl}'s fan-out and job store. */
  public static List<ApiRoute> routes(Duoctl duoctl) {
    JobsController jobs = new JobsController(duoctl);
    return List.of(
        ApiRoute.post(JOBS, ApiScope.READ)
            .operationId("createJob")
            .summary("Run one action over many organizations")
            .description(
                "Starts a fan-out job and answers at once with its id and a Location to follow."
                    + " Read-only actions need the read scope, mutating ones run. Every"
                    + " organization gets one row; failures are rows, never lost. A parent-level"
                    + " action (level parent in the catalog) runs once, not per organization: use"
                    + " its run route; as a job it is a 400 naming organization. An action that"
                    + " hands out secrets (bypass codes, activation links) runs as a job only as a"
                    + " dry run. A destructive action over more than one organization needs"
                    + " confirm: the number of organizations, else 409 confirmation_required"
                    + " names them.")
            .tag("jobs")
            .body(JobRequest.schema())
            .response(202, JobJson.jobSchema())
            .outcome(409, CONFIRMATION, ErrorSchema.schema())
            .handle(jobs::create),
        ApiRoute.get(JOBS, ApiScope.READ)
            .operationId("listJobs")
            .summary("List recent jobs, most recent first")
            .tag("jobs")
            .query(
                "offset", "Rows to skip", JsonSchemas.integer("Rows to skip", 0, Integer.MAX_VALUE))
            .query("limit", "Page size (default 50)", JsonSchemas.integer("Page size", 1, 500))
            .response(JobJson.jobsSchema())
            .handle(jobs::list),
        ApiRoute.get(JOBS + "/{id}", ApiScope.READ)
            .operationId("getJob")
            .summary("A job's state and live progress")
            .tag("jobs")
            .pathParam("id", "The job id")
            .response(JobJson.jobSchema())
            .handle(call -> jobs.get(call.pathParam("id"))),
        ApiRoute.get(JOBS + "/{id}/rows", ApiScope.READ)
            .operationId("listJobRows")
            .summary("A job's rows, one per organization")
            .description(
                "Rows stored so far, in organization order; secrets are redacted. With"
                    + " format=csv the answer is text/csv with one line per item (each user of"
                    + " users.list, say), organization first, nested fields as dotted columns:"
                    + " the same bytes as the console's download and `duoctl jobs rows -o csv`"
                    + " (rows paged the same way). With stream=true (or Accept:"
                    + " application/x-ndjson) the answer is no page but a stream that follows"
                    + " the job: every row stored so far, then each new one as it is stored"
                    + " (whichever node runs the job), ending when the job ends; rows come in"
                    + " the order they were stored (index says where each belongs). As json it"
                    + " is application/x-ndjson, one row object (the fields below) per line; as"
                    + " csv one line per item. The CSV stream of a running job has the columns"
                    + " of its first row (a field first met later is left out); of a finished"
                    + " job, every column, the same bytes as its page. offset and limit do not"
                    + " apply to a stream.")
            .tag("jobs")
            .pathParam("id", "The job id")
            .query(
                "offset", "Rows to skip", JsonSchemas.integer("Rows to skip", 0, Integer.MAX_VALUE))
            .query("limit", "Page size (default 500)", JsonSchemas.integer("Page size", 1, 5000))
            .query(
                "format",
                "json (default) or csv",
                JsonSchemas.oneOf("Answer format", "json", "csv"))
            .query(
                "stream",
                "true: stream every row as it is stored until the job ends, instead of a page",
                JsonSchemas.bool("Stream the rows"))
            .response(JobJson.rowsSchema())
            .handle(jobs::rows),
        ApiRoute.post(JOBS + "/{id}/cancel", ApiScope.RUN)
            .operationId("cancelJob")
            .summary("Cancel a running job")
            .description(
                "Organizations not yet started get a cancelled row; runs in flight finish. 409"
                    + " when the job has already finished.")
            .tag("jobs")
            .pathParam("id", "The job id")
            .response(202, JobJson.jobSchema())
            .handle(call -> jobs.cancel(call.pathParam("id"))));
  }
}
