package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl workflows run|runs|show-run} against the emulator over HTTP. */
@Tag("slow")
class WorkflowRunsCliTest {
  private static final Pattern RUN_ID = Pattern.compile("run ([0-9a-f-]{36}):");

  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  CliHarness cli;
  CliMsp msp;

  @BeforeEach
  void customers() {
    cli = new CliHarness(dataDir);
    msp = new CliMsp(duo.emulator(), cli, "Acme", "Globex");
  }

  @Test
  void onboardUser_showsEachStep_theSummary_andASecondRunHasNothingToDo() {
    String[] onboard = {
      "workflows",
      "run",
      "onboard-user",
      "--set",
      "organization=Acme",
      "--set",
      "username=jdoe",
      "--set",
      "email=jdoe@acme.example",
      "--set",
      "phone=+14155550123"
    };

    Result first = cli.ok(onboard);

    assertThat(first.err())
        .contains("user [Acme]: changed")
        .contains("phone [Acme]: changed")
        .contains("activation [Acme]: changed")
        .contains("enrollment: skipped (its condition is false)");
    assertThat(first.out())
        .containsPattern("run [0-9a-f-]{36}: 3 changes made")
        .containsPattern("enrolled_by\\s+sms");
    assertThat(UserDirectory.of(duo.world(), msp.child("Acme")).byUsernameOrAlias("jdoe"))
        .isPresent();
    assertThat(PhoneBook.of(duo.world(), msp.child("Acme")).byNumber("+14155550123")).hasSize(1);

    Result second = cli.ok(onboard);

    assertThat(second.err()).contains("user [Acme]: already so");
    assertThat(second.out()).contains(": nothing to do");
    String runId = runId(second);
    assertThat(cli.ok("workflows", "runs", "--workflow", "onboard-user").out())
        .contains(runId)
        .containsPattern("3 changes made");
    assertThat(cli.ok("workflows", "show-run", runId).out())
        .containsPattern("phone\\s+Acme\\s+already so");
  }

  @Test
  void aDestructiveWorkflowWithoutATerminal_isRefusedWithoutYes_andInvalidInputsExit2() {
    Result refused = cli.run("workflows", "run", "offboard-everywhere", "--set", "user=jdoe");
    Result invalid = cli.run("workflows", "run", "onboard-user", "--set", "email=nope");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("confirm").contains("--yes");
    assertThat(invalid.code()).isEqualTo(2);
    assertThat(invalid.err()).contains("organization: is required").contains("email:");
    assertThat(cli.ok("workflows", "runs").out()).contains("No workflow runs yet");
  }

  @Test
  void offboardEverywhere_withYes_reportsWhereTheUserWasFound() {
    msp.createUser("Globex", "leaver");

    Result result =
        cli.ok("workflows", "run", "offboard-everywhere", "--set", "user=leaver", "--yes");

    assertThat(result.err()).contains("offboard[1]/disable [Globex]: changed");
    assertThat(result.out()).contains("\"found\":true").contains("\"found\":false");
    assertThat(
            UserDirectory.of(duo.world(), msp.child("Globex"))
                .byUsernameOrAlias("leaver")
                .orElseThrow()
                .status()
                .toString())
        .isEqualToIgnoringCase("disabled");
  }

  private static String runId(Result result) {
    Matcher matcher = RUN_ID.matcher(result.out());
    assertThat(matcher.find()).as(result.out()).isTrue();
    return matcher.group(1);
  }
}
