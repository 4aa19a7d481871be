package io.duoctl.app.console.schedules;

import io.duoctl.app.console.UtcTimes;
import io.duoctl.app.console.workflows.WorkflowRunsController;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.schedules.ScheduleLaunch;

/**
 * One due time of a schedule that a node took up, as the console shows it.
 *
 * @param outcome its wire name, e.g. {@code launched}
 * @param outcomeClass the CSS class of its status badge
 * @param runLink the page of the run it started, or null
 * @param error why it failed, was missed or interrupted, or null
 */
public record LaunchLine(
    String dueAt, String outcome, String outcomeClass, String node, String runLink, String error) {

  static LaunchLine of(ScheduleLaunch launch) {
    return new LaunchLine(
        UtcTimes.of(launch.dueAt()),
        WireNames.of(launch.outcome()),
        switch (launch.outcome()) {
          case LAUNCHED -> "ok";
          case LAUNCHING -> "none";
          case MISSED, INTERRUPTED -> "warn";
          case FAILED -> "bad";
        },
        launch.node(),
        launch.runId().map(id -> WorkflowRunsController.PATH + "/" + id).orElse(null),
        launch.error().orElse(null));
  }
}
