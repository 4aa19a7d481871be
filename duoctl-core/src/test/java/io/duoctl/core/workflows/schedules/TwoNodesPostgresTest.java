package io.duoctl.core.workflows.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.db.Database;
import io.duoctl.core.db.DatabaseConfig;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL database, each with its own pool and scheduler, run a schedule due
 * every 2 seconds for about 20 seconds; the node that ran the latest launch stops halfway. Every
 * due time from the first to the last starts exactly one run: the launcher hands out a new run id
 * per call and each due time records one, so a due time launched twice would leave a run id no
 * launch record holds.
 */
@Tag("postgres")
@Tag("slow")
class TwoNodesPostgresTest {
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration LEASE = Duration.ofSeconds(3);

  @TempDir Path tempDir;
  CoreFixture fixture;
  Database secondPool;
  final RecordingLauncher launcher = new RecordingLauncher();
  ScheduleRunner first;
  ScheduleRunner second;

  @BeforeEach
  void open() {
    fixture = new CoreFixture(Backend.POSTGRES, tempDir);
    String url = ((HikariDataSource) fixture.database.dataSource()).getJdbcUrl();
    secondPool = Database.open(DatabaseConfig.jdbc(url, "postgres", "postgres"));
  }

  @AfterEach
  void close() {
    for (AutoCloseable c : new AutoCloseable[] {first, second, secondPool, fixture}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private ScheduleService node(Database database) {
    Clock clock = Clock.systemUTC();
    AuditLog audit = new AuditLog(database.jdbi(), clock);
    return new ScheduleService(
        database.jdbi(),
        audit,
        clock,
        TestWorkflows.lookup(),
        TestWorkflows.CATALOG,
        new SettingsService(database.jdbi(), fixture.vault, audit, clock),
        launcher);
  }

  @Test
  void everyDueTime_isLaunchedExactlyOnce_andStoppingANodeDoesNotStopTheSchedule() {
    ScheduleService a = node(fixture.database);
    ScheduleService b = node(secondPool);
    a.create(
        new ScheduleRequest(
            "every-two-seconds",
            "offboard-organization",
            (ObjectNode) Json.of("{'organization': 'Harbor Dental', 'user': 'jdoe'}"),
            "0/2 * * * * *",
            "UTC",
            null,
            true,
            false),
        "cli:alice");
    first = a.runner(fixture.database.dataSource(), "node-a", POLL, LEASE);
    second = b.runner(secondPool.dataSource(), "node-b", POLL, LEASE);
    first.start();
    second.start();

    Eventually.await("5 launches", Duration.ofSeconds(30), () -> launched(a).size() >= 5);
    String busiest = launched(a).getLast().node();
    Instant stoppedAt = Instant.now();
    (busiest.equals("node-a") ? first : second).close();
    Eventually.await(
        "5 launches after " + busiest + " stopped",
        Duration.ofSeconds(30),
        () -> launched(a).stream().filter(l -> l.dueAt().isAfter(stoppedAt)).count() >= 5);
    first.close();
    second.close();

    List<ScheduleLaunch> launched = launched(a);
    assertThat(a.launches("every-two-seconds", 100))
        .extracting(ScheduleLaunch::outcome)
        .containsOnly(LaunchOutcome.LAUNCHED);
    for (int i = 1; i < launched.size(); i++) {
      assertThat(Duration.between(launched.get(i - 1).dueAt(), launched.get(i).dueAt()))
          .as("no due time missing between %s and %s", launched.get(i - 1), launched.get(i))
          .isEqualTo(Duration.ofSeconds(2));
    }
    Set<String> recordedRuns =
        launched.stream().map(l -> l.runId().orElseThrow()).collect(Collectors.toSet());
    assertThat(recordedRuns).hasSize(launched.size());
    assertThat(launcher.requests()).as("one launch per due time").hasSize(launched.size());
    String other = busiest.equals("node-a") ? "node-b" : "node-a";
    assertThat(launched.stream().filter(l -> l.dueAt().isAfter(stoppedAt)))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.node()).isEqualTo(other));
  }

  /** The launches that started a run, oldest first. */
  private static List<ScheduleLaunch> launched(ScheduleService schedules) {
    return schedules.launches("every-two-seconds", 100).stream()
        .filter(l -> l.outcome() == LaunchOutcome.LAUNCHED)
        .sorted(Comparator.comparing(ScheduleLaunch::dueAt))
        .toList();
  }
}
