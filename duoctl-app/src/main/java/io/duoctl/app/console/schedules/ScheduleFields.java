package io.duoctl.app.console.schedules;

import io.duoctl.core.workflows.schedules.Schedule;
import io.javalin.http.Context;

/**
 * A schedule's own fields as the form shows them and as the operator typed them (its workflow's
 * inputs are the generated input form's).
 *
 * @param configuration the configuration's name, or "" for the default
 */
public record ScheduleFields(
    String name,
    String workflow,
    String cron,
    String timeZone,
    String configuration,
    boolean enabled) {

  static final String NAME = "name";
  static final String CRON = "cron";
  static final String TIME_ZONE = "time_zone";
  static final String CONFIGURATION = "configuration";
  static final String ENABLED = "enabled";

  /** The time zone a new schedule's form starts with. */
  static final String DEFAULT_ZONE = "UTC";

  /** A new schedule of {@code workflow}: enabled, in UTC. */
  static ScheduleFields blank(String workflow) {
    return new ScheduleFields("", workflow, "", DEFAULT_ZONE, "", true);
  }

  /** The fields of a stored schedule. */
  static ScheduleFields of(Schedule schedule) {
    return new ScheduleFields(
        schedule.name(),
        schedule.workflow(),
        schedule.cron(),
        schedule.timeZone().getId(),
        schedule.configuration().orElse(""),
        schedule.enabled());
  }

  /** The fields as submitted; {@code name} and {@code workflow} are given for an edit. */
  static ScheduleFields read(Context ctx, String name, String workflow) {
    return new ScheduleFields(
        name != null ? name : text(ctx, NAME),
        workflow,
        text(ctx, CRON),
        text(ctx, TIME_ZONE),
        text(ctx, CONFIGURATION),
        ctx.formParam(ENABLED) != null);
  }

  private static String text(Context ctx, String param) {
    String value = ctx.formParam(param);
    return value == null ? "" : value.strip();
  }
}
