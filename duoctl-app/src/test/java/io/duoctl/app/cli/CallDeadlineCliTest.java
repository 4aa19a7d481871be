package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.actions.VirtualTime;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against an emulator that answers too late: a read gives up within the synchronous call
 * deadline and says how many attempts it made, and an unanswered create exits 3 (outcome unknown)
 * rather than 1. Back-off moves a virtual clock instead of sleeping.
 */
@Tag("slow")
class CallDeadlineCliTest {

  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  final VirtualTime time = new VirtualTime();
  CliHarness cli;

  @BeforeEach
  void msp() {
    cli = new CliHarness(dataDir).withClients(new DuoClientFactory(time, time));
    new CliMsp(duo.emulator(), cli, "Acme");
  }

  private void answerAfter3Seconds(String method, String path, int count) {
    duo.faults().add(new FaultRule(method, path, 1.0, count, Fault.delay(Duration.ofSeconds(3))));
  }

  @Test
  void list_withA2SecondTimeout_givesUpWithinTheSyncDeadline_sayingHowOftenItTried() {
    cli.ok("config", "set", "--request-timeout", "2", "--no-validate");
    answerAfter3Seconds("GET", "/admin/v1/users", FaultRule.UNLIMITED);
    Instant start = time.instant();

    Result listed = cli.run("users", "list", "--org", "Acme");

    assertThat(listed.code()).as(listed.err()).isEqualTo(1);
    assertThat(listed.out() + listed.err()).contains("no answer").contains("attempts in");
    assertThat(Duration.between(start, time.instant()))
        .as("retries and back-off within the 25 s sync_call_deadline")
        .isLessThan(Duration.ofSeconds(26));
  }

  @Test
  void create_whoseAnswerNeverComes_exits3_outcomeUnknown() {
    cli.ok("config", "set", "--request-timeout", "1", "--no-validate");
    answerAfter3Seconds("POST", "/admin/v1/users", 1);

    Result created = cli.run("users", "create", "late", "--org", "Acme");

    assertThat(created.code()).as(created.out() + created.err()).isEqualTo(3);
    assertThat(created.err()).contains("outcome unknown");
  }

  @Test
  void configShow_listsTheCallDeadlines_andConfigSetChangesThem() {
    cli.ok("config", "set", "--call-deadline", "90", "--sync-call-deadline", "10", "--no-validate");

    Result shown = cli.ok("config", "show");

    assertThat(shown.out())
        .containsPattern("advanced.call_deadline\\s+90 s")
        .containsPattern("advanced.sync_call_deadline\\s+10 s");
  }
}
