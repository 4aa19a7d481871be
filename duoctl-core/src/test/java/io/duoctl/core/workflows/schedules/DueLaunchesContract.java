package io.duoctl.core.workflows.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launching one due time of a schedule, at most once whoever runs it and however often, with its
 * outcome recorded; run against every backend.
 */
abstract class DueLaunchesContract {
  @TempDir Path tempDir;
  CoreFixture fixture;
  ScheduleService schedules;
  final RecordingLauncher launcher = new RecordingLauncher();

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), tempDir);
    schedules =
        new ScheduleService(
            fixture.jdbi(),
            fixture.audit,
            fixture.clock,
            TestWorkflows.lookup(),
            TestWorkflows.CATALOG,
            new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock),
            launcher);
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private Schedule offboarding() {
    return schedules.create(
        new ScheduleRequest(
            "morning-offboarding",
            "offboard-organization",
            (ObjectNode) Json.of("{'organization': 'Harbor Dental', 'user': 'jdoe'}"),
            "0 7 * * MON-FRI",
            "Europe/Berlin",
            null,
            true,
            false),
        "cli:alice");
  }

  @Test
  void aDueTime_isLaunchedOnce_howeverOftenItRuns() {
    Schedule schedule = offboarding();
    DueLaunches launches = new DueLaunches(fixture.jdbi(), launcher, fixture.clock);
    Instant due = fixture.clock.instant().minusSeconds(10);
    Cron cron = new Cron(schedule.cron(), schedule.timeZone());

    launches.launch(schedule.id(), due, cron, "node-a");
    launches.launch(schedule.id(), due, cron, "node-b");

    assertThat(launcher.requests()).hasSize(1);
    ScheduleLaunch launch = schedules.launches("morning-offboarding", 10).getFirst();
    assertThat(launch.outcome()).isEqualTo(LaunchOutcome.LAUNCHED);
    assertThat(launch.runId()).contains("run-1");
    assertThat(launch.node()).isEqualTo("node-a");
    assertThat(schedules.get("morning-offboarding").lastLaunch()).contains(launch);
  }

  @Test
  void aLaunchLeftHalfway_isMarkedInterrupted_neverLaunchedAgain() {
    Schedule schedule = offboarding();
    Instant due = fixture.clock.instant().minusSeconds(10);
    fixture
        .jdbi()
        .useTransaction(
            h ->
                ScheduleStore.claim(
                    h, schedule.id(), due, LaunchOutcome.LAUNCHING, "node-a", due, null));

    new DueLaunches(fixture.jdbi(), launcher, fixture.clock)
        .launch(schedule.id(), due, new Cron(schedule.cron(), schedule.timeZone()), "node-b");

    assertThat(launcher.requests()).isEmpty();
    ScheduleLaunch launch = schedules.launches("morning-offboarding", 1).getFirst();
    assertThat(launch.outcome()).isEqualTo(LaunchOutcome.INTERRUPTED);
    assertThat(launch.error().orElseThrow())
        .contains("node-a stopped while starting this run")
        .contains("schedule:morning-offboarding");
  }

  @Test
  void aLaunchThatFails_isRecordedWithTheReason_andALateOneIsMissed() {
    Schedule schedule = offboarding();
    DueLaunches launches = new DueLaunches(fixture.jdbi(), launcher, fixture.clock);
    Cron cron = new Cron(schedule.cron(), schedule.timeZone());
    launcher.failWith(r -> new IllegalStateException("no organization Harbor Dental"));
    Instant now = fixture.clock.instant();

    launches.launch(schedule.id(), now.minusSeconds(5), cron, "node-a");
    launches.launch(
        schedule.id(), now.minus(Schedule.STARTING_DEADLINE).minusSeconds(1), cron, "node-a");

    List<ScheduleLaunch> recorded = schedules.launches("morning-offboarding", 10);
    assertThat(recorded)
        .extracting(ScheduleLaunch::outcome)
        .containsExactly(LaunchOutcome.FAILED, LaunchOutcome.MISSED);
    assertThat(recorded.get(0).error()).contains("no organization Harbor Dental");
    assertThat(recorded.get(1).error().orElseThrow()).contains("within 5 minutes");
    assertThat(launcher.requests()).hasSize(1);
  }

  @Test
  void aDisabledOrChangedSchedule_launchesNothingForAnOldDueTime() {
    Schedule schedule = offboarding();
    Cron held = new Cron(schedule.cron(), schedule.timeZone());
    DueLaunches launches = new DueLaunches(fixture.jdbi(), launcher, fixture.clock);
    schedules.update(
        "morning-offboarding",
        new ScheduleChanges(null, null, "0 8 * * *", null, null, null, null),
        "cli:bob");

    launches.launch(schedule.id(), fixture.clock.instant(), held, "node-a");
    schedules.setEnabled("morning-offboarding", false, "cli:bob");
    launches.launch(
        schedule.id(),
        fixture.clock.instant(),
        new Cron("0 8 * * *", schedule.timeZone()),
        "node-a");

    assertThat(launcher.requests()).isEmpty();
    assertThat(schedules.launches("morning-offboarding", 10)).isEmpty();
  }

  @Test
  void onlyTheNewestLaunches_areKept() {
    Schedule schedule = offboarding();
    DueLaunches launches = new DueLaunches(fixture.jdbi(), launcher, fixture.clock);
    Cron cron = new Cron(schedule.cron(), schedule.timeZone());
    Instant now = fixture.clock.instant();

    for (int i = DueLaunches.KEPT + 5; i > 0; i--) {
      launches.launch(schedule.id(), now.minusSeconds(i), cron, "node-a");
    }

    List<ScheduleLaunch> kept = schedules.launches("morning-offboarding", 1000);
    assertThat(kept).hasSize(DueLaunches.KEPT);
    assertThat(kept.getFirst().dueAt()).isEqualTo(now.minusSeconds(1));
  }
}
