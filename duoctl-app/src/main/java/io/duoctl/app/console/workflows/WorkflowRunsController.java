package io.duoctl.app.console.workflows;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.OrganizationNames;
import io.duoctl.app.console.Pages;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.runs.RunFilter;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.core.workflows.runs.WorkflowRunHistory;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The workflow runs pages: recent runs, filtered by workflow and by organization; and one run with
 * its step timeline, which the page polls every second while the run runs (on this node or
 * another). Runs are read from core's history, so inputs and outputs are already redacted.
 */
public final class WorkflowRunsController {

  /** The list's path; a run is at {@code PATH/<id>}. */
  public static final String PATH = "/console/workflow-runs";

  private static final int PAGE_SIZE = 50;

  private final Duoctl app;
  private final Pages pages;
  private final WorkflowRunHistory history;
  private final Workflows workflows;

  public WorkflowRunsController(Duoctl app, Pages pages) {
    this.app = app;
    this.pages = pages;
    this.history = app.workflowRuns().history();
    this.workflows = app.workflows();
  }

  /** The pages' routes: anyone signed in follows runs. */
  public List<ConsoleRoute> routes() {
    return List.of(
        ConsoleRoute.get(PATH, ApiScope.READ, this::list),
        ConsoleRoute.get(PATH + "/{id}", ApiScope.READ, this::show),
        ConsoleRoute.get(PATH + "/{id}/live", ApiScope.READ, this::live));
  }

  void list(Context ctx) {
    String workflow = blankToNull(ctx.queryParam("workflow"));
    String organization = blankToNull(ctx.queryParam("org"));
    int offset = offset(ctx);
    List<WorkflowRun> runs =
        history.recent(
            new RunFilter(Optional.ofNullable(workflow), Optional.ofNullable(organization)),
            offset,
            PAGE_SIZE + 1);
    Map<String, Object> params = new HashMap<>();
    params.put(
        "view",
        new RunsView(
            pages.frame(ctx, "Workflow runs", "workflows"),
            List.copyOf(workflows.all().keySet()),
            OrganizationNames.byId(app),
            workflow,
            organization,
            runs.stream().limit(PAGE_SIZE).map(RunsView.Line::of).toList(),
            offset,
            runs.size() > PAGE_SIZE,
            PAGE_SIZE));
    pages.render(ctx, "workflows/runs.jte", params);
  }

  void show(Context ctx) {
    Map<String, Object> params = new HashMap<>();
    params.put("view", view(ctx));
    pages.render(ctx, "workflows/run.jte", params);
  }

  /** The run's state, summary, outputs and timeline alone, which its page polls while it runs. */
  void live(Context ctx) {
    Map<String, Object> params = new HashMap<>();
    params.put("view", view(ctx));
    pages.render(ctx, "workflows/live.jte", params);
  }

  private RunView view(Context ctx) {
    String id = ctx.pathParam("id");
    WorkflowRun run =
        history
            .find(id)
            .orElseThrow(
                () ->
                    new NotFoundResponse("no workflow run " + id + "; see " + PATH + " for runs"));
    WorkflowDefinition workflow = workflows.all().get(run.workflow());
    String title = workflow == null ? run.workflow() : WorkflowsController.title(workflow);
    return RunView.of(
        pages.frame(ctx, "Workflow run", "workflows"),
        run,
        title,
        history.steps(run.id()),
        organizationNames(run));
  }

  /**
   * The name to show of a step's organization. An action step's record names it; a step that calls
   * a workflow in an organization (an iteration over organizations) records it as given, often its
   * id, which is looked up among the run's configuration's organizations, read once per page and
   * only when needed.
   */
  private Function<StepRun, String> organizationNames(WorkflowRun run) {
    Map<String, String> byId = new HashMap<>();
    AtomicBoolean read = new AtomicBoolean();
    return step -> {
      String given = step.organizationName();
      if (!given.equals(step.organizationId())) {
        return given;
      }
      if (read.compareAndSet(false, true)) {
        try {
          String configuration = app.settings().get(run.configuration().orElse(null)).name();
          app.organizations().listAll(configuration).forEach(o -> byId.put(o.id(), o.name()));
        } catch (ConfigurationNotFoundException e) {
          // the configuration was deleted since: its organizations show by id
        }
      }
      return byId.getOrDefault(given, given);
    };
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static int offset(Context ctx) {
    try {
      String offset = ctx.queryParam("offset");
      return offset == null ? 0 : Math.max(0, Integer.parseInt(offset));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
