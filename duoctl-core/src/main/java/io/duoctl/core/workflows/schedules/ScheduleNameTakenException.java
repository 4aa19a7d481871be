package io.duoctl.core.workflows.schedules;

/** Another schedule already has this name. */
public final class ScheduleNameTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScheduleNameTakenException(String name) {
    super(
        "a schedule named \""
            + name
            + "\" already exists; choose another name, or change that one (duoctl schedules"
            + " show "
            + name
            + ")");
  }
}
