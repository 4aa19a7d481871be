package io.duoctl.core.workflows.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.Json;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One node on the embedded database runs its schedules: every due time once, and a due time whose
 * node died is run again without a second run. Real time, a schedule every 2 seconds.
 */
@Tag("slow")
class ScheduleRunnerH2Test {
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path tempDir;
  CoreFixture fixture;
  ScheduleService schedules;
  final RecordingLauncher launcher = new RecordingLauncher();
  ScheduleRunner runner;

  @BeforeEach
  void open() {
    fixture = new CoreFixture(Backend.H2, tempDir);
    Clock clock = Clock.systemUTC();
    schedules =
        new ScheduleService(
            fixture.jdbi(),
            fixture.audit,
            clock,
            TestWorkflows.lookup(),
            TestWorkflows.CATALOG,
            new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, clock),
            launcher);
  }

  @AfterEach
  void close() {
    if (runner != null) {
      runner.close();
    }
    fixture.close();
  }

  private Schedule everyTwoSeconds() {
    return schedules.create(
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
  }

  private void run(Duration lease) {
    runner =
        schedules.runner(fixture.database.dataSource(), "node-" + lease.toMillis(), POLL, lease);
    runner.start();
  }

  @Test
  void eachDueTime_startsOneRun_asTheSchedule() {
    everyTwoSeconds();
    run(Duration.ofSeconds(30));

    Eventually.await("three launches", WAIT, () -> launched().size() >= 3);
    runner.close();

    List<ScheduleLaunch> launched = launched();
    assertThat(launcher.requests()).hasSameSizeAs(launched);
    for (int i = 1; i < launched.size(); i++) {
      assertThat(Duration.between(launched.get(i).dueAt(), launched.get(i - 1).dueAt()))
          .isEqualTo(Duration.ofSeconds(2));
    }
    WorkflowRunRequest request = launcher.requests().getFirst();
    assertThat(request.workflow()).isEqualTo("offboard-organization");
    assertThat(request.inputs())
        .isEqualTo(Json.of("{'organization': 'Harbor Dental', 'user': 'jdoe'}"));
    assertThat(request.actor()).isEqualTo("schedule:every-two-seconds");
    assertThat(request.scope()).isEqualTo(ApiScope.RUN);
    assertThat(request.dryRun()).isFalse();
    assertThat(request.trigger()).isEqualTo(RunTrigger.schedule("every-two-seconds"));
    Schedule after = schedules.get("every-two-seconds");
    assertThat(after.nextRunAt().orElseThrow()).isAfter(launched.getFirst().dueAt());
    assertThat(after.lastLaunch().orElseThrow().node()).isEqualTo("node-30000");
  }

  @Test
  void aDueTimeWhoseNodeDiedAfterLaunching_runsAgain_butStartsNoSecondRun() {
    Schedule schedule = everyTwoSeconds();
    Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(4);
    Instant halfway = due.minusSeconds(2);
    fixture
        .jdbi()
        .useTransaction(
            h -> {
              ScheduleStore.claim(
                  h, schedule.id(), halfway, LaunchOutcome.LAUNCHING, "dead-node", halfway, null);
              ScheduleStore.claim(
                  h, schedule.id(), due, LaunchOutcome.LAUNCHING, "dead-node", due, null);
              ScheduleStore.finish(
                  h, schedule.id(), due, LaunchOutcome.LAUNCHED, "run-of-dead-node", null, due);
              h.createUpdate(
                      """
                      UPDATE scheduled_tasks SET execution_time = :due, picked = TRUE,
                        picked_by = 'dead-node', last_heartbeat = :beat, version = version + 1
                      """)
                  .bind("due", SqlTimes.toDb(due))
                  .bind("beat", SqlTimes.toDb(due.minus(Duration.ofHours(1))))
                  .execute();
            });

    run(Duration.ofSeconds(1));
    Eventually.await("a launch after the dead node's", WAIT, () -> launcher.requests().size() >= 1);
    runner.close();

    List<ScheduleLaunch> all = schedules.launches("every-two-seconds", 100);
    ScheduleLaunch dead = all.stream().filter(l -> l.dueAt().equals(due)).findFirst().orElseThrow();
    assertThat(dead.outcome()).isEqualTo(LaunchOutcome.LAUNCHED);
    assertThat(dead.runId()).contains("run-of-dead-node");
    assertThat(
            all.stream().filter(l -> l.dueAt().equals(halfway)).findFirst().orElseThrow().outcome())
        .isEqualTo(LaunchOutcome.LAUNCHING);
    List<ScheduleLaunch> mine = all.stream().filter(l -> l.node().equals("node-1000")).toList();
    assertThat(mine).isNotEmpty().allSatisfy(l -> assertThat(l.dueAt()).isAfter(due));
    assertThat(launcher.requests()).hasSameSizeAs(mine);
  }

  @Test
  void aDueTimeLeftHalfLaunched_isMarkedInterrupted_andTheScheduleGoesOn() {
    Schedule schedule = everyTwoSeconds();
    Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(4);
    fixture
        .jdbi()
        .useTransaction(
            h -> {
              ScheduleStore.claim(
                  h, schedule.id(), due, LaunchOutcome.LAUNCHING, "dead-node", due, null);
              h.createUpdate(
                      """
                      UPDATE scheduled_tasks SET execution_time = :due, picked = TRUE,
                        picked_by = 'dead-node', last_heartbeat = :beat, version = version + 1
                      """)
                  .bind("due", SqlTimes.toDb(due))
                  .bind("beat", SqlTimes.toDb(due.minus(Duration.ofHours(1))))
                  .execute();
            });

    run(Duration.ofSeconds(1));
    Eventually.await(
        "a launch after the interrupted one", WAIT, () -> launcher.requests().size() >= 1);
    runner.close();

    ScheduleLaunch interrupted =
        schedules.launches("every-two-seconds", 100).stream()
            .filter(l -> l.dueAt().equals(due))
            .findFirst()
            .orElseThrow();
    assertThat(interrupted.outcome()).isEqualTo(LaunchOutcome.INTERRUPTED);
    assertThat(interrupted.error().orElseThrow()).contains("dead-node stopped while starting");
  }

  /** The launches that started a run, newest first. */
  private List<ScheduleLaunch> launched() {
    return schedules.launches("every-two-seconds", 100).stream()
        .filter(l -> l.outcome() == LaunchOutcome.LAUNCHED)
        .toList();
  }
}
