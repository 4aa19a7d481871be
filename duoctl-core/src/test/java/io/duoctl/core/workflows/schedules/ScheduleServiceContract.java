package io.duoctl.core.workflows.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.Json;
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
  void aNextRunInAnHourTheServersClockRepeats_isStoredAsThatInstant() {
    // The tests' JVM runs in Pacific/Chatham, whose clocks go back an hour on 2026-04-05 at 03:45
    // local: 14:00Z to 15:00Z reads as the same local hour as 13:00Z to 14:00Z.
    fixture.clock.advance(
        java.time.Duration.between(fixture.clock.instant(), Instant.parse("2026-04-04T14:10:00Z")));

    Schedule created =
        schedules.create(
            new ScheduleRequest(
                "in-the-repeated-hour",
                "offboard-organization",
                (ObjectNode) Json.of("{'organization': 'A', 'user': 'b'}"),
                "30 14 * * *",
                "UTC",
                null,
                true,
                false),
            "cli:alice");

    assertThat(created.nextRunAt()).contains(Instant.parse("2026-04-04T14:30:00Z"));
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
