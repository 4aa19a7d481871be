package io.duoctl.app.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiErrorCode;
import io.duoctl.app.api.ApiException;
import io.duoctl.app.api.ApiResponse;
import io.duoctl.app.api.ApiText;
import io.duoctl.app.api.actions.ActionRoutes;
import io.duoctl.app.api.actions.RunChecks;
import io.duoctl.core.actions.ActionScopes;
import io.duoctl.core.actions.InputValidator;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.JobHistory;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.core.jobs.SecretsInJobException;
import io.duoctl.core.results.ResultCsv;
import java.util.List;

/** Handlers of the job routes. Thread-safe. */
final class JobsController {

  private final Duoctl duoctl;
  private final JobHistory history;
  private final InputValidator validator;

  JobsController(Duoctl duoctl) {
    this.duoctl = duoctl;
    this.history = duoctl.jobs();
    this.validator = new InputValidator(duoctl.clock());
  }

  ApiResponse create(ApiCall call) {
    JsonNode body = call.body(JsonNode.class);
    return start(
        call,
        JobRequest.read(
            body,
            duoctl.actions()::find,
            (action, input) -> RunChecks.inputErrors(validator, action, input)));
  }

  /** Starts {@code request} for the caller: 202 with the job and its Location. */
  ApiResponse start(ApiCall call, JobRequest request) {
    ActionScopes.check(request.action(), call.token().scope());
    Job job;
    try {
      job =
          RunChecks.fanOutOf(duoctl, request.configuration())
              .start(
                  request.action().id(),
                  request.input(),
                  request.selection(),
                  request.options(call.actor(), call.token().scope()));
    } catch (SecretsInJobException e) {
      throw ApiException.invalidField(
          "action",
          e.errors().get(0).message()
              + ": POST "
              + ActionRoutes.ACTIONS
              + "/"
              + request.action().id()
              + "/run");
    }
    String location = JobRoutes.JOBS + "/" + job.id();
    call.context().header("Location", location);
    return new ApiResponse(202, get(job.id()));
  }

  ObjectNode list(ApiCall call) {
    int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    int limit = call.queryInt("limit", 50, 1, 500);
    List<JobSummary> page = history.recent(offset, limit + 1);
    boolean more = page.size() > limit;
    List<ObjectNode> jobs =
        page.stream().limit(limit).map(job -> JobJson.job(job, job.progress())).toList();
    return JobJson.jobs(jobs, offset, limit, more);
  }

  ObjectNode get(String jobId) {
    JobSummary job = require(jobId);
    return JobJson.job(
        job,
        duoctl
            .fanOutRunning(jobId)
            .flatMap(fanOut -> fanOut.progress(jobId))
            .orElse(job.progress()));
  }

  Object rows(ApiCall call) {
    String jobId = call.pathParam("id");
    require(jobId);
    String format = call.query("format").orElse("json");
    if (!format.equals("json") && !format.equals("csv")) {
      throw ApiException.invalidField("format", "must be json or csv");
    }
    boolean stream =
        call.queryBoolean("stream")
            .orElseGet(
                () ->
                    call.context().header("Accept") != null
                        && call.context().header("Accept").contains(JobRowStream.NDJSON));
    if (stream) {
      if (call.query("offset").isPresent() || call.query("limit").isPresent()) {
        throw ApiException.invalidField(
            "stream", "a stream has every row: leave out offset and limit, or stream=false");
      }
      return format.equals("csv")
          ? JobRowStream.csv(history, jobId)
          : JobRowStream.ndjson(history, jobId);
    }
    int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    int limit = call.queryInt("limit", 500, 1, 5000);
    JobHistory.RowPage page = history.rowPage(jobId, offset, limit);
    if (format.equals("csv")) {
      return new ApiText("text/csv; charset=utf-8", ResultCsv.ofJobRows(page.rows()));
    }
    return JobJson.rows(jobId, page.rows(), offset, limit, page.total());
  }

  ApiResponse cancel(String jobId) {
    JobSummary job = require(jobId);
    if (!duoctl.cancelJob(jobId)) {
      throw ApiException.of(
          ApiErrorCode.CONFLICT,
          "job "
              + jobId
              + " is not running here (state "
              + JobJson.state(job.progress().state())
              + "); only a running job can be cancelled");
    }
    return new ApiResponse(202, get(jobId));
  }

  private JobSummary require(String jobId) {
    return history
        .find(jobId)
        .orElseThrow(
            () -> ApiException.notFound("no job " + jobId + "; GET /api/v1/jobs lists them"));
  }
}
