package io.duoctl.core.reports.snapshots;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.reports.ReportRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily snapshots of every organization's coverage, accounts and billing figures, and the trends
 * read from them. A snapshot is taken on demand ({@link #take}) or once a day by a db-scheduler
 * recurring task ({@link #dailyTask}) that one node of all those on the database runs per day; the
 * daily one then deletes the snapshots older than the retention. A day's snapshot taken again
 * replaces that day's figures of each organization read; an organization that could not be read
 * gets no row that day and is named in the run's failures (and logged by the daily run).
 * Thread-safe.
 */
public final class Snapshots {
  /** The db-scheduler task's name in {@code scheduled_tasks}. */
  public static final String TASK = "report-snapshots";

  /** Who the daily snapshot's reads are audited as. */
  public static final String DAILY_ACTOR = "system:snapshots";

  private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

  private final SnapshotStore store;
  private final SnapshotTaker taker;
  private final Function<String, ReportRunner> runners;
  private final Supplier<List<String>> configurations;
  private final SnapshotSettings settings;
  private final Clock clock;

  /**
   * @param runners the report runner of a configuration (by name; null: the default)
   * @param configurations the names of every configuration, whose organizations the daily snapshot
   *     reads
   */
  public Snapshots(
      SnapshotStore store,
      Function<String, ReportRunner> runners,
      Supplier<List<String>> configurations,
      SnapshotSettings settings,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.taker = new SnapshotTaker(store);
    this.runners = Objects.requireNonNull(runners, "runners");
    this.configurations = Objects.requireNonNull(configurations, "configurations");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public SnapshotSettings settings() {
    return settings;
  }

  /**
   * Takes today's snapshot (today in the snapshot zone) of the chosen organizations of a
   * configuration now, replacing today's figures of each organization read.
   *
   * @param configuration its name, or null for the default
   * @throws io.duoctl.core.actions.ActionNotAllowedException when {@code scope} may not read
   * @throws io.duoctl.core.jobs.NoOrganizationTaggedException for a tag no organization has
   */
  public SnapshotRun take(
      String configuration, OrganizationSelection selection, ApiScope scope, String actor) {
    Instant now = clock.instant();
    return taker.take(
        runners.apply(configuration), selection, scope, actor, settings.dayOf(now), now);
  }

  /**
   * The daily snapshot due at {@code due}: every mapped organization of every configuration, as of
   * the day {@code due} falls on; then deletes the snapshots older than the retention.
   */
  public SnapshotRun takeDaily(Instant due) {
    LocalDate day = settings.dayOf(due);
    Instant now = clock.instant();
    SnapshotRun run = new SnapshotRun(day, now, List.of(), List.of());
    for (String configuration : configurations.get()) {
      run =
          run.plus(
              taker.take(
                  runners.apply(configuration),
                  OrganizationSelection.allMapped(),
                  ApiScope.READ,
                  DAILY_ACTOR,
                  day,
                  now));
    }
    for (SnapshotFailure failure : run.failures()) {
      LOG.warn(
          "snapshot of {}: {} not stored for {}: {} {}",
          day,
          failure.missing(),
          failure.organization(),
          failure.error().code(),
          failure.error().message());
    }
    int deleted = store.deleteBefore(settings.oldestKept(day));
    LOG.info(
        "snapshot of {}: {} organizations stored, {} failed, {} rows older than {} days deleted",
        day,
        run.stored().size(),
        run.failures().size(),
        deleted,
        settings.retentionDays());
    return run;
  }

  /**
   * The series from {@code from} to {@code to}: overall and per organization.
   *
   * @param from an ISO date, or null for 29 days before {@code to}
   * @param to an ISO date, or null for today in the snapshot zone
   * @param organization an organization's id or name, or null for every organization
   * @throws InvalidSnapshotQueryException naming each bad date
   */
  public SnapshotTrends trends(String from, String to, String organization) {
    TrendRange range = TrendRange.parse(from, to, settings.dayOf(clock.instant()));
    List<Snapshot> snapshots =
        organization == null || organization.isBlank()
            ? store.between(range.from(), range.to())
            : store.between(range.from(), range.to(), organization.strip());
    return SnapshotTrends.of(range.from(), range.to(), snapshots);
  }

  /**
   * The recurring task that takes the daily snapshot at the settings' time of day in their zone,
   * for the node's db-scheduler (one scheduler per node runs it with the schedules).
   */
  public RecurringTask<Void> dailyTask() {
    return task(Schedules.daily(settings.zone(), settings.time()));
  }

  /** The daily snapshot's task on another schedule (for tests). */
  RecurringTask<Void> task(Schedule schedule) {
    return task(schedule, this::takeDaily);
  }

  /** A task by the daily snapshot's name that hands each due time to {@code daily}. */
  static RecurringTask<Void> task(Schedule schedule, Consumer<Instant> daily) {
    return Tasks.recurring(TASK, schedule)
        .execute((instance, context) -> daily.accept(context.getExecution().executionTime));
  }
}
