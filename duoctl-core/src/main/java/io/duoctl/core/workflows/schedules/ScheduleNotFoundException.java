package io.duoctl.core.workflows.schedules;

/** No schedule has the given name. */
public final class ScheduleNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScheduleNotFoundException(String name) {
    super("no schedule named \"" + name + "\"; list them with duoctl schedules list");
  }
}
