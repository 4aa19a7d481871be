package io.duoctl.app.console.schedules;

import io.duoctl.app.console.UtcTimes;
import io.duoctl.app.console.workflows.WorkflowsController;
import io.duoctl.core.workflows.schedules.Schedule;

/**
 * A schedule as the list and its page show it.
 *
 * @param workflowLink the workflow's console page
 * @param when the cron expression in words, or null when it is not a common shape
 * @param nextRunAt the next due time, or null when disabled
 * @param lastLaunch the latest due time a node took up, or null
 */
public record ScheduleLine(
    String name,
    String workflow,
    String workflowLink,
    String cron,
    String timeZone,
    String when,
    boolean enabled,
    String nextRunAt,
    LaunchLine lastLaunch,
    String createdBy) {

  static ScheduleLine of(Schedule schedule) {
    return new ScheduleLine(
        schedule.name(),
        schedule.workflow(),
        WorkflowsController.PATH + "/" + schedule.workflow(),
        schedule.cron(),
        schedule.timeZone().getId(),
        CronWords.of(schedule.cron()),
        schedule.enabled(),
        schedule.nextRunAt().map(UtcTimes::of).orElse(null),
        schedule.lastLaunch().map(LaunchLine::of).orElse(null),
        schedule.createdBy());
  }

  /** The schedule's page. */
  public String link() {
    return SchedulesController.PATH + "/" + name;
  }
}
