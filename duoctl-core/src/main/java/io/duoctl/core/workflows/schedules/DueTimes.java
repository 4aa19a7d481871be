package io.duoctl.core.workflows.schedules;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Instant;

/**
 * The db-scheduler schedule of a schedule's task: after a due time ran, the next is the cron's
 * first time after that due time, not after the moment it finished (db-scheduler's own cron
 * schedule), so a node that ran late still runs every due time; but none further back than the
 * starting deadline ({@link io.duoctl.core.workflows.schedules.Schedule#STARTING_DEADLINE}), so an
 * outage is not followed by every run it skipped.
 */
record DueTimes(Cron cron) implements Schedule {

  @Override
  public Instant getNextExecutionTime(ExecutionComplete done) {
    Instant due = done.getExecution().executionTime;
    Instant oldest =
        done.getTimeDone().minus(io.duoctl.core.workflows.schedules.Schedule.STARTING_DEADLINE);
    return cron.firstAfter(due.isAfter(oldest) ? due : oldest);
  }

  @Override
  public boolean isDeterministic() {
    return true;
  }
}
