package io.duoctl.app.console.workflows;

import io.duoctl.app.console.Frame;
import io.duoctl.app.console.UtcTimes;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.runs.WorkflowRun;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The recent workflow runs, newest first, filtered by workflow and by organization.
 *
 * @param workflows the workflow names to filter by
 * @param organizations organization id → name, to filter by
 * @param workflow the workflow filtered by, or null
 * @param organization the organization id filtered by, or null
 */
public record RunsView(
    Frame frame,
    List<String> workflows,
    Map<String, String> organizations,
    String workflow,
    String organization,
    List<Line> runs,
    int offset,
    boolean hasNext,
    int pageSize) {

  public RunsView {
    workflows = List.copyOf(workflows);
    runs = List.copyOf(runs);
  }

  /** One run of the list. */
  public record Line(
      String id,
      String workflow,
      boolean dryRun,
      String state,
      String stateClass,
      String trigger,
      String actor,
      String startedAt,
      String summary) {

    static Line of(WorkflowRun run) {
      return new Line(
          run.id(),
          run.workflow(),
          run.dryRun(),
          WireNames.of(run.state()),
          RunView.stateClass(run),
          run.trigger().toString(),
          run.actor(),
          UtcTimes.of(run.createdAt()),
          run.summary());
    }
  }

  public boolean hasPrevious() {
    return offset > 0;
  }

  /** Whether any filter is set. */
  public boolean filtered() {
    return workflow != null || organization != null;
  }

  /** This list, filtered as it is, from {@code otherOffset}. */
  public String pageLink(int otherOffset) {
    StringBuilder link =
        new StringBuilder(WorkflowRunsController.PATH + "?offset=" + Math.max(0, otherOffset));
    if (workflow != null) {
      link.append("&workflow=").append(URLEncoder.encode(workflow, StandardCharsets.UTF_8));
    }
    if (organization != null) {
      link.append("&org=").append(URLEncoder.encode(organization, StandardCharsets.UTF_8));
    }
    return link.toString();
  }
}
