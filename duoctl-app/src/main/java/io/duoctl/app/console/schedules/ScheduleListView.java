package io.duoctl.app.console.schedules;

import io.duoctl.app.console.Frame;
import java.util.List;

/**
 * The schedules page: every schedule by name.
 *
 * @param canManage whether the operator may create, change and delete schedules
 */
public record ScheduleListView(Frame frame, List<ScheduleLine> schedules, boolean canManage) {
  public ScheduleListView {
    schedules = List.copyOf(schedules);
  }

  /** Where a new schedule is made. */
  public String newLink() {
    return ScheduleFormController.NEW;
  }
}
