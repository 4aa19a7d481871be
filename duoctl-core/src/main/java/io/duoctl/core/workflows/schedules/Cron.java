package io.duoctl.core.workflows.schedules;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.ScheduleAndData;
import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.duoctl.core.errors.FieldError;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a schedule is due: a cron expression as the operator wrote it, read in a time zone. Five
 * fields are crontab's (minute, hour, day of month, month, day of week, e.g. {@code 0 7 * *
 * MON-FRI}); six put seconds first, as db-scheduler's (Spring's) cron does, e.g. {@code 0/2 * * * *
 * *}. Also the task data of the schedule's db-scheduler task instance, whose schedule is {@link
 * DueTimes}.
 */
record Cron(String expression, ZoneId zone) implements ScheduleAndData {
  static final String CRON = "cron";
  static final String TIME_ZONE = "time_zone";
  static final int MAX_CHARS = 200;

  private static final String FORM =
      "5 fields (minute hour day-of-month month day-of-week, e.g. \"0 7 * * MON-FRI\") or 6 with"
          + " seconds first (e.g. \"0/30 * * * * *\")";

  Cron {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * The cron {@code expression} in {@code zone}, both checked.
   *
   * @throws InvalidScheduleException naming {@code cron} and {@code time_zone}, each that is bad
   */
  static Cron parse(String expression, String zone) {
    List<FieldError> errors = new ArrayList<>();
    ZoneId zoneId = zone(zone, errors);
    String written = expression == null ? "" : expression.strip().replaceAll("\\s+", " ");
    if (written.isEmpty()) {
      errors.add(new FieldError(CRON, "is required: " + FORM));
    } else if (written.length() > MAX_CHARS) {
      errors.add(new FieldError(CRON, "is longer than " + MAX_CHARS + " characters"));
    } else if (written.equals("-")) {
      errors.add(new FieldError(CRON, "\"-\" is not a time; disable the schedule instead"));
    } else {
      int fields = written.split(" ").length;
      if (fields != 5 && fields != 6) {
        errors.add(new FieldError(CRON, "has " + fields + " fields; write " + FORM));
      } else {
        check(new Cron(written, zoneId != null ? zoneId : ZoneOffset.UTC), errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidScheduleException(errors);
    }
    return new Cron(written, Objects.requireNonNull(zoneId));
  }

  private static ZoneId zone(String zone, List<FieldError> errors) {
    String fix = "write an IANA time zone such as Europe/Berlin, America/New_York or UTC";
    if (zone == null || zone.isBlank()) {
      errors.add(new FieldError(TIME_ZONE, "is required: " + fix));
      return null;
    }
    String id = zone.strip();
    if (!ZoneId.getAvailableZoneIds().contains(id)) {
      String known = closeMatch(id);
      errors.add(
          new FieldError(
              TIME_ZONE,
              "\""
                  + id
                  + "\" is not a time zone of the IANA database; "
                  + fix
                  + (known == null ? "" : "; did you mean " + known + "?")));
      return null;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      errors.add(new FieldError(TIME_ZONE, "\"" + id + "\" cannot be used: " + e.getMessage()));
      return null;
    }
  }

  private static String closeMatch(String id) {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(known -> known.equalsIgnoreCase(id))
        .findFirst()
        .orElse(null);
  }

  private static void check(Cron cron, List<FieldError> errors) {
    Instant next;
    try {
      next = cron.cronSchedule().getInitialExecutionTime(Instant.EPOCH);
    } catch (RuntimeException e) { // cron-utils refuses with several kinds of exception
      errors.add(
          new FieldError(
              CRON,
              "cannot be read ("
                  + (e.getMessage() == null ? "invalid" : e.getMessage().strip())
                  + "); write "
                  + FORM));
      return;
    }
    if (!next.isBefore(Schedule.NEVER)) {
      errors.add(new FieldError(CRON, "never comes: no date matches it; check day and month"));
    }
  }

  /** db-scheduler's cron schedule of this expression in this zone. */
  CronSchedule cronSchedule() {
    String pattern = expression.split(" ").length == 5 ? "0 " + expression : expression;
    return Schedules.cron(pattern, zone);
  }

  /** The first time after {@code after} that the expression names. */
  Instant firstAfter(Instant after) {
    return cronSchedule().getNextExecutionTime(ExecutionComplete.simulatedSuccess(after));
  }

  @Override
  public Schedule getSchedule() {
    return new DueTimes(this);
  }

  @Override
  public Object getData() {
    return null;
  }
}
