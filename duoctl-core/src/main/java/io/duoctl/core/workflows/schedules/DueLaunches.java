package io.duoctl.core.workflows.schedules;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.db.UniqueViolation;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.WorkflowLauncher;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the run of one due time of a schedule, at most once whatever node runs it and whenever one
 * stops. Before launching, the node records the due time ({@link LaunchOutcome#LAUNCHING}) in its
 * own committed transaction, unique per schedule and due time; after, the run's id or the failure.
 * db-scheduler runs a due time again only when the node running it stopped before telling it the
 * due time was done ({@link ScheduleTask}); that second execution finds the record and does not
 * launch: a record with an outcome is done, a record still {@code LAUNCHING} means the node stopped
 * in the middle of launching, and since the run may have started it is marked {@link
 * LaunchOutcome#INTERRUPTED}, never launched a second time. A run is lost only when a node stops
 * within those few milliseconds, and then it says so. Thread-safe.
 */
final class DueLaunches {
  /** How many launches of each schedule are kept. */
  static final int KEPT = 100;

  private static final Logger LOG = LoggerFactory.getLogger(DueLaunches.class);
  private static final int MAX_ERROR = 4000;

  private final Jdbi jdbi;
  private final WorkflowLauncher launcher;
  private final Clock clock;

  DueLaunches(Jdbi jdbi, WorkflowLauncher launcher, Clock clock) {
    this.jdbi = jdbi;
    this.launcher = launcher;
    this.clock = clock;
  }

  /**
   * Launches the run of {@code scheduleId} due at {@code due}, unless the schedule is gone,
   * disabled or now has another cron than {@code held} (the task's completion then follows it), or
   * a launch of that due time is recorded already.
   *
   * @param node the process running it, recorded with the launch
   * @throws RuntimeException when the database fails; nothing was launched unless the record says
   */
  void launch(String scheduleId, Instant due, Cron held, String node) {
    Optional<Schedule> found = jdbi.withHandle(h -> ScheduleStore.byId(h, scheduleId));
    if (found.isEmpty()
        || !found.get().enabled()
        || !held.equals(new Cron(found.get().cron(), found.get().timeZone()))) {
      return;
    }
    Schedule schedule = found.get();
    Instant now = clock.instant();
    if (now.isAfter(due.plus(Schedule.STARTING_DEADLINE))) {
      String why =
          "no node could start it within "
              + Schedule.STARTING_DEADLINE.toMinutes()
              + " minutes of its time (were all nodes stopped?)";
      if (record(schedule, due, LaunchOutcome.MISSED, node, now, why)) {
        LOG.warn("schedule {}: the run due at {} was missed: {}", schedule.name(), due, why);
      }
      return;
    }
    if (!record(schedule, due, LaunchOutcome.LAUNCHING, node, now, null)) {
      settleEarlierAttempt(schedule, due);
      return;
    }
    String runId = null;
    String error = null;
    try {
      runId = launcher.launch(request(schedule));
    } catch (RuntimeException e) {
      error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      LOG.warn("schedule {}: the run due at {} did not start: {}", schedule.name(), due, error);
    }
    String started = runId;
    String failure = error == null ? null : shorten(error);
    jdbi.useTransaction(
        h ->
            ScheduleStore.finish(
                h,
                schedule.id(),
                due,
                started != null ? LaunchOutcome.LAUNCHED : LaunchOutcome.FAILED,
                started,
                failure,
                clock.instant()));
  }

  static WorkflowRunRequest request(Schedule schedule) {
    return new WorkflowRunRequest(
        schedule.workflow(),
        schedule.inputs(),
        schedule.actor(),
        ApiScope.RUN,
        false,
        schedule.confirmed(),
        schedule.configuration(),
        RunTrigger.schedule(schedule.name()));
  }

  /** Records the due time taken up; false when a launch of it is recorded already. */
  private boolean record(
      Schedule schedule,
      Instant due,
      LaunchOutcome outcome,
      String node,
      Instant now,
      String error) {
    try {
      jdbi.useTransaction(
          h -> {
            ScheduleStore.claim(h, schedule.id(), due, outcome, node, now, error);
            ScheduleStore.prune(h, schedule.id(), KEPT);
          });
      return true;
    } catch (RuntimeException e) {
      if (UniqueViolation.causedBy(e)) {
        return false;
      }
      throw e;
    }
  }

  private void settleEarlierAttempt(Schedule schedule, Instant due) {
    jdbi.useTransaction(
        h ->
            ScheduleStore.launch(h, schedule.id(), due)
                .filter(earlier -> earlier.outcome() == LaunchOutcome.LAUNCHING)
                .ifPresent(
                    earlier -> {
                      String why =
                          "node "
                              + earlier.node()
                              + " stopped while starting this run, so whether it started is"
                              + " unknown; it was not started again: look for runs triggered by "
                              + RunTrigger.schedule(schedule.name())
                              + " at "
                              + due;
                      ScheduleStore.finish(
                          h,
                          schedule.id(),
                          due,
                          LaunchOutcome.INTERRUPTED,
                          null,
                          why,
                          clock.instant());
                      LOG.warn("schedule {}: {}", schedule.name(), why);
                    }));
  }

  private static String shorten(String text) {
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
  }
}
