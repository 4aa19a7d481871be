package io.duoctl.core.reports.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.zaxxer.hikari.HikariDataSource;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.db.Database;
import io.duoctl.core.db.DatabaseConfig;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.workflows.WorkflowLookup;
import io.duoctl.core.workflows.schedules.ScheduleRunner;
import io.duoctl.core.workflows.schedules.ScheduleService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL database, each with its own pool and its one db-scheduler (the
 * schedules' runner) carrying the snapshot task, here due every 2 seconds instead of daily: every
 * due time from the first to the last runs exactly once, on one node or the other.
 */
@Tag("postgres")
@Tag("slow")
class SnapshotTaskTwoNodesPostgresTest {
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration LEASE = Duration.ofSeconds(3);

  @TempDir Path tempDir;
  CoreFixture fixture;
  Database secondPool;
  ScheduleRunner first;
  ScheduleRunner second;
  final List<String> ran = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void open() {
    fixture = new CoreFixture(Backend.POSTGRES, tempDir);
    String url = ((HikariDataSource) fixture.database.dataSource()).getJdbcUrl();
    secondPool = Database.open(DatabaseConfig.jdbc(url, "postgres", "postgres"));
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {first, second, secondPool, fixture}) {
      if (c != null) {
        c.close();
      }
    }
  }

  private ScheduleRunner node(Database database, String name) {
    Clock clock = Clock.systemUTC();
    AuditLog audit = new AuditLog(database.jdbi(), clock);
    ScheduleService schedules =
        new ScheduleService(
            database.jdbi(),
            audit,
            clock,
            WorkflowLookup.of(Map::of),
            StandardActions.catalog(),
            new SettingsService(database.jdbi(), fixture.vault, audit, clock),
            request -> {
              throw new AssertionError("no schedule runs here");
            });
    return schedules.runner(
        database.dataSource(),
        name,
        POLL,
        LEASE,
        List.of(Snapshots.task(Schedules.cron("*/2 * * * * *"), due -> ran.add(due + " " + name))));
  }

  @Test
  void everyDueTime_runsOnExactlyOneNode() throws InterruptedException {
    first = node(fixture.database, "node-a");
    second = node(secondPool, "node-b");
    first.start();
    second.start();

    Instant until = Instant.now().plusSeconds(12);
    while (Instant.now().isBefore(until)) {
      Thread.sleep(200);
    }
    first.close();
    second.close();

    List<Instant> dues;
    synchronized (ran) {
      dues = ran.stream().map(line -> Instant.parse(line.split(" ")[0])).sorted().toList();
    }
    assertThat(dues).as("%s", ran).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
    for (int i = 1; i < dues.size(); i++) {
      assertThat(Duration.between(dues.get(i - 1), dues.get(i)))
          .as("no due time missing or doubled: %s", ran)
          .isEqualTo(Duration.ofSeconds(2));
    }
  }
}
