package io.duoctl.core.workflows.schedules;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTaskWithPersistentSchedule;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The db-scheduler task of schedules: one recurring task with a persistent schedule, one instance
 * per enabled schedule (its id), whose data is the schedule's {@link Cron}. db-scheduler lets one
 * node at a time pick an instance that is due (an optimistic update of its row); the execution
 * launches that due time's run ({@link DueLaunches}) and the completion moves the row to the next
 * due time ({@link DueTimes}).
 *
 * <p>A due time keeps its identity when it runs again: an execution whose node died (heartbeat
 * lapsed) or whose database calls failed is rescheduled to the same due time rather than to now, so
 * the second attempt finds the first's launch record (a failing one only while the starting
 * deadline lasts; then it moves on).
 *
 * <p>{@link #sync} brings an instance in line with its schedule in the caller's transaction (the
 * schedule's row and the task's row commit together); an instance a node is running at that moment
 * is left alone, and that node's completion syncs it. Thread-safe.
 */
final class ScheduleTask extends RecurringTaskWithPersistentSchedule<Cron> {
  /** The task's name in {@code scheduled_tasks}. */
  static final String NAME = "workflow-schedule";

  static final Serializer SERIALIZER = new CronJson();

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleTask.class);

  private final Jdbi jdbi;
  private final DueLaunches launches;
  private final Clock clock;
  private volatile JdbcCustomization jdbcCustomization;

  ScheduleTask(Jdbi jdbi, DueLaunches launches, Clock clock) {
    super(NAME, Cron.class, new RetryDueTime(), new ReviveAtDueTime(), DEFAULT_PRIORITY);
    this.jdbi = jdbi;
    this.launches = launches;
    this.clock = clock;
  }

  @Override
  public CompletionHandler<Cron> execute(TaskInstance<Cron> instance, ExecutionContext context) {
    Execution execution = context.getExecution();
    launches.launch(
        instance.getId(), execution.executionTime, instance.getData(), execution.pickedBy);
    return (done, operations) -> {
      operations.reschedule(done, instance.getData().getSchedule().getNextExecutionTime(done));
      syncQuietly(instance.getId());
    };
  }

  private void syncQuietly(String scheduleId) {
    try {
      jdbi.useTransaction(handle -> sync(handle, scheduleId));
    } catch (RuntimeException e) {
      LOG.warn("schedule {}: could not follow a change made while it ran: {}", scheduleId, e);
    }
  }

  /**
   * Brings the task instance of {@code scheduleId} in line with the schedule, within {@code
   * handle}'s transaction: none when the schedule is gone or disabled; otherwise one holding its
   * cron, due at the cron's next time, kept as it is when the cron did not change.
   */
  void sync(Handle handle, String scheduleId) {
    Optional<Boolean> picked = ScheduleStore.lockTask(handle, scheduleId);
    if (picked.orElse(false)) {
      return;
    }
    SchedulerClient client = client(handle);
    TaskInstanceId id = TaskInstanceId.of(NAME, scheduleId);
    Optional<Cron> wanted =
        ScheduleStore.byId(handle, scheduleId)
            .filter(Schedule::enabled)
            .map(s -> new Cron(s.cron(), s.timeZone()));
    if (wanted.isEmpty()) {
      if (picked.isPresent()) {
        client.cancel(id);
      }
      return;
    }
    Cron cron = wanted.get();
    Instant first = cron.firstAfter(clock.instant());
    if (picked.isEmpty()) {
      client.scheduleIfNotExists(new TaskInstance<>(NAME, scheduleId, cron), first);
    } else if (!client
        .getScheduledExecution(id)
        .map(ScheduledExecution::getData)
        .map(cron::equals)
        .orElse(false)) {
      client.reschedule(id, first, cron);
    }
  }

  private SchedulerClient client(Handle handle) {
    DataSource inTransaction = new HandleDataSource(handle);
    return SchedulerClient.Builder.create(inTransaction, this)
        .serializer(SERIALIZER)
        .jdbcCustomization(jdbcCustomization(inTransaction))
        .build();
  }

  /** How db-scheduler writes to this database, found out once. */
  JdbcCustomization jdbcCustomization(DataSource dataSource) {
    JdbcCustomization known = jdbcCustomization;
    if (known == null) {
      known = isH2(dataSource) ? new H2Times() : new AutodetectJdbcCustomization(dataSource);
      jdbcCustomization = known;
    }
    return known;
  }

  private static boolean isH2(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return H2Times.PRODUCT.equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database this is: " + e.getMessage(), e);
    }
  }

  /** A due time whose execution failed runs again while it may still start, then the next. */
  private static final class RetryDueTime implements FailureHandler<Cron> {
    @Override
    public void onFailure(ExecutionComplete failed, ExecutionOperations<Cron> operations) {
      Execution execution = failed.getExecution();
      Instant due = execution.executionTime;
      if (failed.getTimeDone().isBefore(due.plus(Schedule.STARTING_DEADLINE))) {
        operations.reschedule(failed, due);
      } else {
        Cron cron = (Cron) execution.taskInstance.getData();
        operations.reschedule(failed, cron.getSchedule().getNextExecutionTime(failed));
      }
    }
  }

  /** A due time whose node died runs again as itself, at once. */
  private static final class ReviveAtDueTime implements DeadExecutionHandler<Cron> {
    @Override
    public void deadExecution(ExecutionComplete dead, ExecutionOperations<Cron> operations) {
      Execution execution = dead.getExecution();
      LOG.info(
          "schedule {}: node {} stopped while running the run due at {}; running it again",
          execution.taskInstance.getId(),
          execution.pickedBy,
          execution.executionTime);
      operations.reschedule(dead, execution.executionTime);
    }
  }
}
