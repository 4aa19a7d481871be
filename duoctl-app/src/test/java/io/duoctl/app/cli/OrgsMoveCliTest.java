package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `duoctl orgs move`: to another configuration, saying what became of the mapping. */
@Tag("slow")
class OrgsMoveCliTest {
  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;

  @Test
  void move_toAnotherParentsConfiguration_clearsTheMapping_andSaysSo() {
    CliHarness cli = new CliHarness(dataDir);
    new CliMsp(duo.emulator(), cli, "Harbor Dental");
    IntegrationKeys other =
        duo.emulator().givenAccountsApi(duo.emulator().givenParentAccount("Other MSP"));
    cli.runWithStdin(
        "accounts=" + other.secretKey() + "\n",
        "config",
        "set",
        "--config",
        "staging",
        "--accounts-host",
        other.apiHostname(),
        "--accounts-ikey",
        other.integrationKey(),
        "--secret-keys-from-stdin",
        "--no-validate");

    Result unknown = cli.run("orgs", "move", "Harbor Dental", "--to-config", "nowhere");
    Result moved = cli.run("orgs", "move", "Harbor Dental", "--to-config", "staging");

    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("--to-config: no configuration named \"nowhere\"");
    assertThat(moved.code()).as(moved.err()).isZero();
    assertThat(moved.out())
        .contains("Moved Harbor Dental from configuration \"default\" to \"staging\"")
        .contains("was cleared");
    assertThat(cli.ok("orgs", "list", "--config", "staging").out()).contains("Harbor Dental");
    assertThat(cli.ok("orgs", "list").out()).doesNotContain("Harbor Dental");
  }
}
