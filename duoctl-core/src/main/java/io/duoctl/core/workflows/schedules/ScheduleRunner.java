package io.duoctl.core.workflows.schedules;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs the schedules on this node: db-scheduler's scheduler, polling the database for due
 * schedules; of all the nodes on one database exactly one picks each due time. A node that stops
 * while running one loses it after the lease (its heartbeat, every sixth of the lease, lapses), and
 * another node runs that due time again, finding its launch record ({@link DueLaunches}). The same
 * scheduler runs the node's other recurring tasks (the daily report snapshot), each due time on one
 * node. Not started until {@link #start()}; {@link #close()} waits for a run being launched, then
 * stops. Thread-safe.
 */
public final class ScheduleRunner implements AutoCloseable {
  /** The longest a stop waits for the launches in progress. */
  static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

  private static final int MISSED_HEARTBEATS = 6;
  private static final Duration MIN_HEARTBEAT = Duration.ofMillis(100);

  private final DataSource dataSource;
  private final ScheduleTask task;
  private final List<RecurringTask<?>> recurring;
  private final Clock clock;
  private final String node;
  private final Duration pollInterval;
  private final Duration heartbeat;
  private Scheduler scheduler;
  private boolean closed;

  ScheduleRunner(
      DataSource dataSource,
      ScheduleTask task,
      List<RecurringTask<?>> recurring,
      Clock clock,
      String node,
      Duration pollInterval,
      Duration lease) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.task = task;
    this.recurring = List.copyOf(recurring);
    this.clock = clock;
    this.node = Objects.requireNonNull(node, "node");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive: " + pollInterval);
    }
    this.pollInterval = pollInterval;
    Duration beat = lease.dividedBy(MISSED_HEARTBEATS);
    this.heartbeat = beat.compareTo(MIN_HEARTBEAT) < 0 ? MIN_HEARTBEAT : beat;
  }

  /** Starts polling; once (later calls do nothing, as does one after {@link #close()}). */
  public synchronized void start() {
    if (scheduler != null || closed) {
      return;
    }
    scheduler =
        Scheduler.create(dataSource, task)
            .startTasks(recurring)
            .schedulerName(new SchedulerName.Fixed(node))
            .pollingInterval(pollInterval)
            .heartbeatInterval(heartbeat)
            .missedHeartbeatsLimit(MISSED_HEARTBEATS)
            .threads(2)
            .serializer(ScheduleTask.SERIALIZER)
            .jdbcCustomization(task.jdbcCustomization(dataSource))
            .shutdownMaxWait(SHUTDOWN_WAIT)
            .clock(clock::instant)
            .build();
    scheduler.start();
  }

  /** Stops polling and waits for the launches in progress; idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    if (scheduler != null) {
      scheduler.stop();
      scheduler = null;
    }
  }
}
