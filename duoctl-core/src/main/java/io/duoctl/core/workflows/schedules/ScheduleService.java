package io.duoctl.core.workflows.schedules;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.db.UniqueViolation;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.workflows.WorkflowLookup;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import io.duoctl.core.workflows.runs.WorkflowLauncher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Schedules that start workflow runs: created, changed, enabled, disabled and deleted with an audit
 * entry each, checked whole before anything is stored so that none is saved that would fail at
 * every run (an unknown workflow or configuration, inputs that do not fit the workflow, a secret
 * input, a cron that never comes, an unconfirmed workflow that may destroy across organizations).
 * Each change also moves the schedule's db-scheduler task in the same transaction; {@link #runner}
 * runs them. Thread-safe.
 */
public final class ScheduleService {
  /** The longest name. */
  public static final int MAX_NAME = 64;

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final ScheduleChecks checks;
  private final ScheduleTask task;

  /**
   * @param workflows the workflows schedules may run
   * @param catalog the actions, to tell destructive steps
   * @param launcher starts the runs when a node runs the schedules ({@link #runner})
   */
  public ScheduleService(
      Jdbi jdbi,
      AuditLog audit,
      Clock clock,
      WorkflowLookup workflows,
      ActionCatalog catalog,
      SettingsService settings,
      WorkflowLauncher launcher) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
    this.checks = new ScheduleChecks(workflows, catalog, settings);
    this.task = new ScheduleTask(jdbi, new DueLaunches(jdbi, launcher, clock), clock);
  }

  /**
   * Creates a schedule; when enabled, its first due time is the cron's next.
   *
   * @throws InvalidScheduleException naming every bad field
   * @throws ConfirmationNeededException if its workflow may run destructive actions in more than
   *     one organization and {@code confirmed} is false
   * @throws ScheduleNameTakenException if another schedule has the name
   */
  public Schedule create(ScheduleRequest request, String actor) {
    List<FieldError> errors = new ArrayList<>();
    String name = request.name() == null ? "" : request.name().strip();
    if (!NAME.matcher(name).matches() || name.length() > MAX_NAME) {
      errors.add(
          new FieldError(
              "name",
              "must be lower-case words of letters and digits joined by dashes, at most "
                  + MAX_NAME
                  + " characters, e.g. weekday-offboarding"));
    }
    ScheduleChecks.Checked checked =
        checks.check(
            request.workflow(),
            request.inputs(),
            request.cron(),
            request.timeZone(),
            request.configuration(),
            errors);
    checks.requireConfirmation(checked.workflow(), request.confirmed());
    Instant now = SqlTimes.truncate(clock.instant());
    Schedule schedule =
        new Schedule(
            UUID.randomUUID().toString(),
            name,
            checked.workflow().name(),
            checked.inputs(),
            checked.cron().expression(),
            checked.cron().zone(),
            checked.configuration(),
            request.enabled(),
            request.confirmed(),
            actor,
            now,
            now,
            Optional.empty(),
            Optional.empty());
    try {
      return jdbi.inTransaction(
          handle -> {
            ScheduleStore.insert(handle, schedule);
            audit.append(
                handle,
                new AuditEvent(
                    actor,
                    AuditSubject.SCHEDULE,
                    schedule.id(),
                    "created",
                    ScheduleAudit.created(schedule)));
            task.sync(handle, schedule.id());
            return ScheduleStore.byId(handle, schedule.id()).orElseThrow();
          });
    } catch (RuntimeException e) {
      if (UniqueViolation.causedBy(e)) {
        throw new ScheduleNameTakenException(name);
      }
      throw e;
    }
  }

  /**
   * Changes a schedule; the result is checked like a new one. A changed cron or time zone, or
   * enabling, moves the next due time to the cron's next; disabling removes it.
   *
   * @throws ScheduleNotFoundException if there is no such schedule
   * @throws InvalidScheduleException naming every bad field
   * @throws ConfirmationNeededException as for {@link #create}
   */
  public Schedule update(String name, ScheduleChanges changes, String actor) {
    Schedule before = get(name);
    List<FieldError> errors = new ArrayList<>();
    ScheduleChecks.Checked checked =
        checks.check(
            either(changes.workflow(), before.workflow()),
            changes.inputs() != null ? changes.inputs() : before.inputs(),
            either(changes.cron(), before.cron()),
            either(changes.timeZone(), before.timeZone().getId()),
            changes.configuration() != null
                ? changes.configuration()
                : before.configuration().orElse(null),
            errors);
    boolean enabled = changes.enabled() != null ? changes.enabled() : before.enabled();
    boolean confirmed = changes.confirmed() != null ? changes.confirmed() : before.confirmed();
    checks.requireConfirmation(checked.workflow(), confirmed);
    Schedule after =
        new Schedule(
            before.id(),
            before.name(),
            checked.workflow().name(),
            checked.inputs(),
            checked.cron().expression(),
            checked.cron().zone(),
            checked.configuration(),
            enabled,
            confirmed,
            before.createdBy(),
            before.createdAt(),
            SqlTimes.truncate(clock.instant()),
            Optional.empty(),
            Optional.empty());
    List<AuditChange> changed = ScheduleAudit.changed(before, after);
    if (changed.isEmpty()) {
      return before;
    }
    return jdbi.inTransaction(
        handle -> {
          if (ScheduleStore.byId(handle, before.id()).isEmpty()) {
            throw new ScheduleNotFoundException(name);
          }
          ScheduleStore.update(handle, after);
          audit.append(
              handle,
              new AuditEvent(
                  actor,
                  AuditSubject.SCHEDULE,
                  after.id(),
                  ScheduleAudit.action(before, after),
                  changed));
          task.sync(handle, after.id());
          return ScheduleStore.byId(handle, after.id()).orElseThrow();
        });
  }

  /** Turns a schedule on or off (see {@link #update}). */
  public Schedule setEnabled(String name, boolean enabled, String actor) {
    return update(name, ScheduleChanges.enabled(enabled), actor);
  }

  /**
   * Deletes a schedule and its launch records; a run it started goes on.
   *
   * @return the schedule as it was
   * @throws ScheduleNotFoundException if there is no such schedule
   */
  public Schedule delete(String name, String actor) {
    return jdbi.inTransaction(
        handle -> {
          Schedule schedule =
              ScheduleStore.byName(handle, name)
                  .orElseThrow(() -> new ScheduleNotFoundException(name));
          ScheduleStore.delete(handle, schedule.id());
          audit.append(
              handle,
              new AuditEvent(
                  actor,
                  AuditSubject.SCHEDULE,
                  schedule.id(),
                  "deleted",
                  List.of(AuditChange.of("name", schedule.name(), null))));
          task.sync(handle, schedule.id());
          return schedule;
        });
  }

  /** Every schedule, by name. */
  public List<Schedule> list() {
    return jdbi.withHandle(ScheduleStore::all);
  }

  /** The schedule named {@code name}, if any. */
  public Optional<Schedule> find(String name) {
    return jdbi.withHandle(handle -> ScheduleStore.byName(handle, name));
  }

  /**
   * The schedule named {@code name}.
   *
   * @throws ScheduleNotFoundException if there is none
   */
  public Schedule get(String name) {
    return find(name).orElseThrow(() -> new ScheduleNotFoundException(name));
  }

  /**
   * The schedule's latest launches, newest due time first; the last {@value DueLaunches#KEPT} are
   * kept.
   *
   * @throws ScheduleNotFoundException if there is no such schedule
   */
  public List<ScheduleLaunch> launches(String name, int limit) {
    Schedule schedule = get(name);
    return jdbi.withHandle(handle -> ScheduleStore.launches(handle, schedule.id(), limit));
  }

  /**
   * A runner of every node's schedules on this process, not yet started: db-scheduler over {@code
   * dataSource} (the database of this service's Jdbi).
   *
   * @param node this process's name, recorded with what it picks and launches
   * @param pollInterval how often it looks for due schedules
   * @param lease how long a node that stopped holds a due time it picked before another runs it
   */
  public ScheduleRunner runner(
      DataSource dataSource, String node, Duration pollInterval, Duration lease) {
    return runner(dataSource, node, pollInterval, lease, List.of());
  }

  /**
   * A runner like {@link #runner(DataSource, String, Duration, Duration)} whose db-scheduler also
   * runs {@code recurring} (e.g. the daily report snapshot): each due time of each on one node of
   * all those on the database.
   */
  public ScheduleRunner runner(
      DataSource dataSource,
      String node,
      Duration pollInterval,
      Duration lease,
      List<RecurringTask<?>> recurring) {
    return new ScheduleRunner(dataSource, task, recurring, clock, node, pollInterval, lease);
  }

  private static String either(String given, String current) {
    return given != null ? given : current;
  }

  /**
   * Brings the schedule's db-scheduler task in line in {@code handle}'s transaction, as the node
   * that ran it does when done (for tests).
   */
  void sync(Handle handle, String scheduleId) {
    task.sync(handle, scheduleId);
  }
}
