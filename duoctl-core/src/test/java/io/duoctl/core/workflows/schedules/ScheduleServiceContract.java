package io.duoctl.core.workflows.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.Json;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schedules as stored and audited, and their db-scheduler task kept in line in the same
 * transaction, run against every backend. The fixture's clock stands on Sunday 2026-03-01 10:15:30
 * UTC.
 */
abstract class ScheduleServiceContract {
  private static final Instant MONDAY_7_BERLIN = Instant.parse("2026-03-02T06:00:00Z");

  @TempDir Path tempDir;
  CoreFixture fixture;
  SettingsService settings;
  ScheduleService schedules;
  final RecordingLauncher launcher = new RecordingLauncher();

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), tempDir);
    settings = new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    schedules =
        new ScheduleService(
            fixture.jdbi(),
            fixture.audit,
            fixture.clock,
            TestWorkflows.lookup(),
            TestWorkflows.CATALOG,
            settings,
            launcher);
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private static ScheduleRequest weekdays(String name, String workflow, String inputs) {
    return new ScheduleRequest(
        name,
        workflow,
        (ObjectNode) Json.of(inputs),
        "0 7 * * MON-FRI",
        "Europe/Berlin",
        null,
        true,
        false);
  }

  private ScheduleRequest offboarding() {
    return weekdays(
        "morning-offboarding",
        "offboard-organization",
        "{'organization': 'Harbor Dental', 'user': 'jdoe'}");
  }

  @Test
  void create_storesIt_withItsNextRun_andAnAuditEntry() {
    Schedule created = schedules.create(offboarding(), "cli:alice");

    assertThat(created.name()).isEqualTo("morning-offboarding");
    assertThat(created.workflow()).isEqualTo("offboard-organization");
    assertThat(created.inputs())
        .isEqualTo(Json.of("{'organization': 'Harbor Dental', 'user': 'jdoe'}"));
    assertThat(created.cron()).isEqualTo("0 7 * * MON-FRI");
    assertThat(created.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(created.enabled()).isTrue();
    assertThat(created.createdBy()).isEqualTo("cli:alice");
    assertThat(created.nextRunAt()).contains(MONDAY_7_BERLIN);
    assertThat(created.lastLaunch()).isEmpty();
    assertThat(schedules.list()).containsExactly(created);
    assertThat(schedules.get("morning-offboarding")).isEqualTo(created);
    AuditEntry entry = audit().getFirst();
    assertThat(entry.action()).isEqualTo("created");
    assertThat(entry.actor()).isEqualTo("cli:alice");
    assertThat(entry.subjectId()).isEqualTo(created.id());
  }

  @Test
  void update_movesTheNextRun_disableRemovesIt_enableBringsItBack() {
    schedules.create(offboarding(), "cli:alice");

    Schedule hourly =
        schedules.update(
            "morning-offboarding",
            new ScheduleChanges(null, null, "30 * * * *", "UTC", null, null, null),
            "cli:bob");
    assertThat(hourly.nextRunAt()).contains(Instant.parse("2026-03-01T10:30:00Z"));
    Schedule disabled = schedules.setEnabled("morning-offboarding", false, "cli:bob");
    assertThat(disabled.enabled()).isFalse();
    assertThat(disabled.nextRunAt()).isEmpty();
    fixture.clock.advance(java.time.Duration.ofHours(1));
    Schedule enabled = schedules.setEnabled("morning-offboarding", true, "cli:bob");

    assertThat(enabled.nextRunAt()).contains(Instant.parse("2026-03-01T11:30:00Z"));
    assertThat(audit()).extracting(AuditEntry::action).startsWith("enabled", "disabled", "updated");
    assertThat(audit().get(2).changes())
        .extracting(c -> c.field() + ": " + c.before() + " -> " + c.after())
        .containsExactly("cron: 0 7 * * MON-FRI -> 30 * * * *", "time_zone: Europe/Berlin -> UTC");
  }

  @Test
  void anUnchangedCron_keepsTheNextRun_andNoChangeIsNoAuditEntry() {
    schedules.create(offboarding(), "cli:alice");

    Schedule same =
        schedules.update(
            "morning-offboarding",
            new ScheduleChanges(null, null, "0 7 * * MON-FRI", null, null, true, null),
            "cli:bob");
    Schedule other =
        schedules.update(
            "morning-offboarding",
            new ScheduleChanges(
                null,
                (ObjectNode) Json.of("{'organization': 'Acme', 'user': 'kim'}"),
                null,
                null,
                null,
                null,
                null),
            "cli:bob");

    assertThat(same.nextRunAt()).contains(MONDAY_7_BERLIN);
    assertThat(other.nextRunAt()).contains(MONDAY_7_BERLIN);
    assertThat(audit()).extracting(AuditEntry::action).containsExactly("updated", "created");
  }

  @Test
  void aChangeWhileANodeRunsIt_leavesTheTaskAlone_andIsFollowedWhenThatNodeIsDone() {
    Schedule created = schedules.create(offboarding(), "cli:alice");
    setPicked(created.id(), true);

    Schedule changed =
        schedules.update(
            "morning-offboarding",
            new ScheduleChanges(null, null, "30 * * * *", "UTC", null, null, null),
            "cli:bob");
    assertThat(changed.cron()).isEqualTo("30 * * * *");
    assertThat(changed.nextRunAt()).contains(MONDAY_7_BERLIN);
    setPicked(created.id(), false);
    fixture.jdbi().useTransaction(h -> schedules.sync(h, created.id()));

    assertThat(schedules.get("morning-offboarding").nextRunAt())
        .contains(Instant.parse("2026-03-01T10:30:00Z"));
  }

  @Test
  void deletingWhileANodeRunsIt_removesTheTaskWhenThatNodeIsDone() {
    Schedule created = schedules.create(offboarding(), "cli:alice");
    setPicked(created.id(), true);

    schedules.delete("morning-offboarding", "cli:bob");
    assertThat(taskRows()).isOne();
    setPicked(created.id(), false);
    fixture.jdbi().useTransaction(h -> schedules.sync(h, created.id()));

    assertThat(taskRows()).isZero();
  }

  @Test
  void delete_removesTheScheduleAndItsTask() {
    Schedule created = schedules.create(offboarding(), "cli:alice");

    schedules.delete("morning-offboarding", "cli:bob");

    assertThat(schedules.list()).isEmpty();
    assertThat(taskRows()).isZero();
    assertThat(audit().getFirst().action()).isEqualTo("deleted");
    assertThat(audit().getFirst().subjectId()).isEqualTo(created.id());
    assertThatThrownBy(() -> schedules.delete("morning-offboarding", "cli:bob"))
        .isInstanceOf(ScheduleNotFoundException.class)
        .hasMessageContaining("duoctl schedules list");
  }

  @Test
  void aDisabledSchedule_hasNoTask_untilEnabled() {
    ScheduleRequest off =
        new ScheduleRequest(
            "paused",
            "offboard-organization",
            (ObjectNode) Json.of("{'organization': 'A', 'user': 'b'}"),
            "0 7 * * *",
            "UTC",
            null,
            false,
            false);

    Schedule created = schedules.create(off, "cli:alice");

    assertThat(created.nextRunAt()).isEmpty();
    assertThat(taskRows()).isZero();
  }

  @Test
  void aTakenName_isAConflict() {
    schedules.create(offboarding(), "cli:alice");

    assertThatThrownBy(() -> schedules.create(offboarding(), "cli:bob"))
        .isInstanceOf(ScheduleNameTakenException.class)
        .hasMessageContaining("morning-offboarding");
    assertThat(schedules.list()).hasSize(1);
  }

  @Test
  void everyBadField_isNamedAtOnce_andNothingIsStored() {
    ScheduleRequest bad =
        new ScheduleRequest(
            "Morning Offboarding",
            "offboard-everywere",
            null,
            "0 7 * *",
            "Berlin",
            "eu",
            true,
            false);

    assertThatThrownBy(() -> schedules.create(bad, "cli:alice"))
        .isInstanceOfSatisfying(
            InvalidScheduleException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("name", "workflow", "time_zone", "cron", "configuration"));
    assertThat(schedules.list()).isEmpty();
    assertThat(taskRows()).isZero();
  }

  @Test
  void inputs_areCheckedAgainstTheWorkflow_andReadAsTheirTypes() {
    Schedule typed =
        schedules.create(
            weekdays(
                "typed",
                "typed",
                "{'count': '5', 'notify': 'true', 'groups': 'a, b', 'mode': 'delete'}"),
            "cli:alice");

    assertThat(typed.inputs())
        .isEqualTo(Json.of("{'count': 5, 'notify': true, 'groups': ['a', 'b'], 'mode': 'delete'}"));
    assertThatThrownBy(
            () ->
                schedules.create(
                    weekdays(
                        "bad-inputs",
                        "typed",
                        "{'count': 'five', 'mode': 'archive', 'colour': 'red'}"),
                    "cli:alice"))
        .isInstanceOfSatisfying(
            InvalidScheduleException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::toString)
                    .containsExactly(
                        "inputs.count: must be a whole number, e.g. 5",
                        "inputs.mode: must be one of \"disable\", \"delete\"",
                        "inputs.colour: workflow typed has no input colour; its inputs: count,"
                            + " notify, groups, mode, token"));
  }

  @Test
  void requiredInputs_mustBeGiven() {
    assertThatThrownBy(
            () ->
                schedules.create(
                    weekdays("half", "offboard-organization", "{'user': 'jdoe'}"), "cli:alice"))
        .isInstanceOfSatisfying(
            InvalidScheduleException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("inputs.organization"));
  }

  @Test
  void secrets_areNeverStored_soAScheduleOfASecretInputIsRefused() {
    assertThatThrownBy(
            () ->
                schedules.create(
                    weekdays("with-token", "typed", "{'token': 'hunter2'}"), "cli:alice"))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("inputs.token: is a secret input")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(
            () -> schedules.create(weekdays("rotation", "rotate-secret", "{}"), "cli:alice"))
        .isInstanceOfSatisfying(
            InvalidScheduleException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.field()).isEqualTo("workflow");
                          assertThat(error.message()).contains("needs the secret input password");
                        }));
  }

  @Test
  void aWorkflowThatMayDestroyAcrossOrganizations_needsConfirmation() {
    ScheduleRequest everywhere =
        weekdays("offboard-all", "offboard-everywhere", "{'user': 'jdoe', 'mode': 'delete'}");

    assertThatThrownBy(() -> schedules.create(everywhere, "cli:alice"))
        .isInstanceOfSatisfying(
            ConfirmationNeededException.class,
            e -> assertThat(e.destructiveActions()).contains("users.delete"));
    Schedule confirmed =
        schedules.create(
            new ScheduleRequest(
                everywhere.name(),
                everywhere.workflow(),
                everywhere.inputs(),
                everywhere.cron(),
                everywhere.timeZone(),
                null,
                true,
                true),
            "cli:alice");

    assertThat(confirmed.confirmed()).isTrue();
    assertThatThrownBy(
            () ->
                schedules.update(
                    "offboard-all",
                    new ScheduleChanges(null, null, null, null, null, null, false),
                    "cli:bob"))
        .isInstanceOf(ConfirmationNeededException.class);
  }

  @Test
  void aConfiguration_mustExist_andRunsUseIt() {
    settings.save(ConfigurationUpdate.named("eu"), "alice");
    ScheduleRequest eu =
        new ScheduleRequest(
            "eu-offboarding",
            "offboard-organization",
            (ObjectNode) Json.of("{'organization': 'A', 'user': 'b'}"),
            "0 7 * * *",
            "UTC",
            "eu",
            true,
            false);

    Schedule created = schedules.create(eu, "cli:alice");

    assertThat(created.configuration()).contains("eu");
    assertThat(DueLaunches.request(created).configuration()).contains("eu");
    assertThat(DueLaunches.request(created).actor()).isEqualTo("schedule:eu-offboarding");
    assertThat(DueLaunches.request(created).trigger().toString())
        .isEqualTo("schedule:eu-offboarding");
  }

  @Test
  void aDueTime_isLaunchedOnce_howeverOftenItRuns() {
    Schedule schedule = schedules.create(offboarding(), "cli:alice");
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
    Schedule schedule = schedules.create(offboarding(), "cli:alice");
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
    Schedule schedule = schedules.create(offboarding(), "cli:alice");
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
    Schedule schedule = schedules.create(offboarding(), "cli:alice");
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
    Schedule schedule = schedules.create(offboarding(), "cli:alice");
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

  private List<AuditEntry> audit() {
    return fixture.audit.find(AuditQuery.all().withSubject(AuditSubject.SCHEDULE, null)).entries();
  }

  private long taskRows() {
    return fixture
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT COUNT(*) FROM scheduled_tasks").mapTo(Long.class).one());
  }

  private void setPicked(String scheduleId, boolean picked) {
    fixture
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "UPDATE scheduled_tasks SET picked = :picked, version = version + 1"
                            + " WHERE task_instance = :id")
                    .bind("picked", picked)
                    .bind("id", scheduleId)
                    .execute());
  }
}
