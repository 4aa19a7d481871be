package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.Duoctl;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl schedules}, in-process on an H2 data directory (the CLI stores, serve runs). */
@Tag("slow")
class SchedulesCliTest {
  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void harness() {
    cli = new CliHarness(dataDir);
  }

  private Result addMorningOffboarding() {
    return cli.run(
        "schedules",
        "add",
        "morning-offboarding",
        "--workflow",
        "offboard-organization",
        "--cron",
        "0 7 * * MON-FRI",
        "--zone",
        "Europe/Berlin",
        "--set",
        "organization=Harbor Dental",
        "--set",
        "user=jdoe");
  }

  @Test
  void add_list_show_disable_enable_remove() {
    Result added = addMorningOffboarding();
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out())
        .contains(
            "Added schedule morning-offboarding: offboard-organization at \"0 7 * * MON-FRI\"")
        .contains("(Europe/Berlin), next run ");

    Result list = cli.ok("schedules", "list");
    assertThat(list.out())
        .contains("NAME", "NEXT_RUN")
        .contains("morning-offboarding")
        .contains("offboard-organization")
        .contains("0 7 * * MON-FRI")
        .contains("Europe/Berlin")
        .contains("true");
    Result show = cli.ok("schedules", "show", "morning-offboarding");
    assertThat(show.out())
        .contains("{\"organization\":\"Harbor Dental\",\"user\":\"jdoe\"}")
        .contains("cron           0 7 * * MON-FRI  (Europe/Berlin)")
        .contains("by cli:tester")
        .contains("No launches yet.");

    assertThat(cli.ok("schedules", "disable", "morning-offboarding").out())
        .contains("Disabled schedule morning-offboarding");
    assertThat(cli.ok("schedules", "list", "-o", "json").out()).contains("\"enabled\" : \"false\"");
    assertThat(cli.ok("schedules", "enable", "morning-offboarding").out())
        .contains("Enabled schedule morning-offboarding; next run ");
    assertThat(cli.ok("schedules", "remove", "morning-offboarding").out())
        .contains("Removed schedule morning-offboarding");
    assertThat(cli.ok("schedules", "list").out()).contains("No schedules yet");
    try (Duoctl app = CliHarness.start(cli.config())) {
      assertThat(
              app.audit().find(AuditQuery.all().withSubject(AuditSubject.SCHEDULE, null)).entries())
          .extracting(AuditEntry::action)
          .containsExactly("deleted", "enabled", "disabled", "created");
    }
  }

  @Test
  void badFields_exit2_namingEachOne() {
    Result bad =
        cli.run(
            "schedules",
            "add",
            "Morning",
            "--workflow",
            "offboard-organization",
            "--cron",
            "0 7 * *",
            "--zone",
            "Berlin",
            "--set",
            "user=jdoe",
            "--set",
            "colour=red");

    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .contains("schedule not saved")
        .contains("  name: must be lower-case words")
        .contains("  inputs.colour: workflow offboard-organization has no input colour")
        .contains("  inputs.organization: is required by workflow offboard-organization")
        .contains("  time_zone: \"Berlin\" is not a time zone")
        .contains("  cron: has 4 fields");
    assertThat(cli.run("schedules", "show", "nope").err())
        .contains("no schedule named \"nope\"; list them with duoctl schedules list");
    assertThat(addMorningOffboarding().code()).isZero();
    Result again = addMorningOffboarding();
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("a schedule named \"morning-offboarding\" already exists");
  }

  @Test
  void aWorkflowThatMayDestroyAcrossOrganizations_needsYes() {
    String[] everywhere = {
      "schedules",
      "add",
      "friday-cleanup",
      "--workflow",
      "offboard-everywhere",
      "--cron",
      "0 18 * * FRI",
      "--zone",
      "UTC",
      "--set",
      "user=jdoe",
      "--set",
      "mode=delete"
    };

    Result refused = cli.run(everywhere);
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .contains("workflow offboard-everywhere may run destructive actions (")
        .contains("users.delete")
        .contains("Nothing was added; add --yes to agree.");
    assertThat(cli.ok("schedules", "list").out()).contains("No schedules yet");

    String[] confirmed = java.util.Arrays.copyOf(everywhere, everywhere.length + 1);
    confirmed[everywhere.length] = "--yes";
    cli.ok(confirmed);
    assertThat(cli.ok("schedules", "show", "friday-cleanup").out()).contains("confirmed      true");
  }
}
