package io.duoctl.app.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.baseline.Baseline;

/**
 * {@code POST /api/v1/baseline/fix}: the job {@code duoctl baseline fix} starts, the action {@value
 * Baseline#FIX_ACTION} with the stored baseline's {@link Baseline#fixInput()} as its input, over
 * the organizations the body chooses (default: every one). Dry run and confirmation are those of
 * every job.
 */
public final class BaselineFixRoute {

  private BaselineFixRoute() {}

  /**
   * The route at {@code path}, documented under {@code tag}.
   *
   * @param duoctl the composition root whose baselines and fan-out it uses
   */
  public static ApiRoute route(Duoctl duoctl, String path, String tag) {
    JobsController jobs = new JobsController(duoctl);
    ActionDefinition align = duoctl.actions().require(Baseline.FIX_ACTION);
    return ApiRoute.post(path, ApiScope.RUN)
        .operationId("fixBaseline")
        .summary("Brings organizations back to the baseline (a job of settings.align)")
        .description(
            "Starts the job duoctl baseline fix runs: per organization, settings.align reads the"
                + " settings and sends one POST /admin/v1/settings with only those that differ"
                + " from the baseline, nothing where all are on it. With dry_run the rows plan"
                + " exactly those requests and nothing is sent. Answers at once like POST"
                + " /api/v1/jobs: the job and a Location; its rows (GET /api/v1/jobs/{id}/rows)"
                + " say per organization what changed or would. No baseline: 400 naming"
                + " baseline.")
        .tag(tag)
        .body(
            JobRequest.targetSchema(
                "Which organizations to bring back to the baseline of the configuration; {} for"
                    + " every one"))
        .response(202, JobJson.jobSchema())
        .handle(
            call ->
                jobs.start(
                    call,
                    JobRequest.readTarget(
                        call.body(JsonNode.class),
                        align,
                        configuration -> duoctl.baselines().get(configuration).fixInput())));
  }
}
