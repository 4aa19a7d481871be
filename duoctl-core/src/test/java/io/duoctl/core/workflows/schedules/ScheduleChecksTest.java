package io.duoctl.core.workflows.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.Json;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a schedule must be to be saved: every bad field named at once, inputs that fit the workflow
 * and hold no secret, confirmation for destruction across organizations. The rules do not depend on
 * the database, so they run on H2 only (the contract suites cover storing).
 */
@Tag("slow")
class ScheduleChecksTest {
  @TempDir Path tempDir;
  CoreFixture fixture;
  SettingsService settings;
  ScheduleService schedules;

  @BeforeEach
  void open() {
    fixture = new CoreFixture(Backend.H2, tempDir);
    settings = new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    schedules =
        new ScheduleService(
            fixture.jdbi(),
            fixture.audit,
            fixture.clock,
            TestWorkflows.lookup(),
            TestWorkflows.CATALOG,
            settings,
            new RecordingLauncher());
  }

  @AfterEach
  void close() {
    fixture.close();
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

  private long taskRows() {
    return fixture
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT COUNT(*) FROM scheduled_tasks").mapTo(Long.class).one());
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
}
