package io.duoctl.app.console.schedules;

import io.duoctl.app.console.Frame;
import io.duoctl.app.console.UtcTimes;
import io.duoctl.app.console.workflows.RunView;
import io.duoctl.core.workflows.schedules.Schedule;
import io.duoctl.core.workflows.schedules.ScheduleLaunch;
import java.util.List;

/**
 * One schedule's page: its details, inputs and launches, newest due time first.
 *
 * @param configuration the configuration its runs use, or null for the default
 * @param confirmed whether its workflow's destructive actions across organizations were agreed to
 * @param canManage whether the operator may change, enable, disable and delete it
 * @param error core's refusal of the last change (e.g. enabling a schedule whose workflow changed),
 *     or null
 */
public record ScheduleView(
    Frame frame,
    ScheduleLine schedule,
    String configuration,
    boolean confirmed,
    String createdAt,
    String updatedAt,
    List<RunView.Value> inputs,
    List<LaunchLine> launches,
    boolean canManage,
    String error) {

  public ScheduleView {
    inputs = List.copyOf(inputs);
    launches = List.copyOf(launches);
  }

  static ScheduleView of(
      Frame frame, Schedule schedule, List<ScheduleLaunch> launches, boolean canManage) {
    return new ScheduleView(
        frame,
        ScheduleLine.of(schedule),
        schedule.configuration().orElse(null),
        schedule.confirmed(),
        UtcTimes.of(schedule.createdAt()),
        UtcTimes.of(schedule.updatedAt()),
        RunView.values(schedule.inputs()),
        launches.stream().map(LaunchLine::of).toList(),
        canManage,
        null);
  }

  /** This page with core's refusal of a change. */
  ScheduleView refused(String message) {
    return new ScheduleView(
        frame,
        schedule,
        configuration,
        confirmed,
        createdAt,
        updatedAt,
        inputs,
        launches,
        canManage,
        message);
  }

  /** Where its forms post: {@code …/enable}, {@code …/disable}, {@code …/delete}. */
  public String action(String verb) {
    return schedule.link() + "/" + verb;
  }

  /** Its edit form. */
  public String editLink() {
    return schedule.link() + "/edit";
  }
}
