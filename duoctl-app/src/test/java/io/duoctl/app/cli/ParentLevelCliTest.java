package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parent-level actions from the CLI ({@code duoctl run accounts.* } without {@code --org}) and the
 * child account that must never be deleted by accident, against the emulator over HTTP.
 */
@Tag("slow")
class ParentLevelCliTest {
  static final String OTHER_ACCOUNT = "DANOSUCHACCOUNT00001";

  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  CliHarness cli;
  Account bluebird;
  Account harbor;

  @BeforeEach
  void mspWithTwoMappedCustomers() {
    cli = new CliHarness(dataDir);
    CliMsp msp = new CliMsp(duo.emulator(), cli, "Bluebird Bakery", "Harbor Dental");
    bluebird = msp.child("Bluebird Bakery");
    harbor = msp.child("Harbor Dental");
  }

  List<RecordedRequest> deletes() {
    return duo.requests().toPath("/accounts/v1/account/delete");
  }

  @Test
  void accountsDelete_withAnOrganization_exits2NamingTheRule_andDeletesNothing() {
    Result run =
        cli.run(
            "run",
            "accounts.delete",
            "--org",
            "Bluebird Bakery",
            "--set",
            "account_id=" + OTHER_ACCOUNT,
            "--dry-run");
    Result real =
        cli.run(
            "run",
            "accounts.delete",
            "--org",
            "Bluebird Bakery",
            "--set",
            "account_id=" + OTHER_ACCOUNT);

    for (Result result : List.of(run, real)) {
      assertThat(result.code()).as(result.err()).isEqualTo(2);
      assertThat(result.err()).contains("--org", "accounts.delete is a parent-level action");
    }
    assertThat(deletes()).isEmpty();
    assertThat(duo.world().account(bluebird.id())).isPresent();
  }

  @Test
  void accountsDelete_onTheParent_dryRunShowsTheWire_thenDeletesOnlyTheNamedAccount() {
    Result dryRun =
        cli.ok("run", "accounts.delete", "--set", "account_id=" + harbor.id(), "--dry-run");
    assertThat(dryRun.out())
        .contains("POST", "/accounts/v1/account/delete", "account_id=" + harbor.id())
        .doesNotContain(bluebird.id());
    assertThat(deletes()).isEmpty();

    cli.ok("run", "accounts.delete", "--set", "account_id=" + harbor.id());

    assertThat(deletes())
        .singleElement()
        .satisfies(r -> assertThat(r.param("account_id")).isEqualTo(harbor.id()));
    assertThat(duo.world().account(harbor.id())).isEmpty();
    assertThat(duo.world().account(bluebird.id())).isPresent();
  }

  @Test
  void accountsDelete_ofAnAccountDuoDoesNotHave_answersAlreadyAbsentAndDeletesNothing() {
    Result run =
        cli.run("run", "accounts.delete", "--set", "account_id=" + OTHER_ACCOUNT, "-o", "json");

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).contains("already_absent");
    assertThat(deletes()).isEmpty();
    assertThat(duo.world().account(bluebird.id())).isPresent();
    assertThat(duo.world().account(harbor.id())).isPresent();
  }

  @Test
  void accountsList_runsWithoutAnOrganization() {
    Result run = cli.ok("run", "accounts.list", "-o", "json");

    assertThat(run.out())
        .contains(bluebird.id(), harbor.id(), "\"organization\" : \"parent account\"");
  }

  @Test
  void organizationAction_withoutAnOrganization_exits2NamingTheOptions() {
    Result run = cli.run("run", "users.list");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--org", "users.list runs for one organization at a time");
  }

  @Test
  void parentLevelAction_asAFanOut_exits2() {
    Result run = cli.run("run", "accounts.list", "--all-orgs");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--all-orgs", "parent-level");
  }

  @Test
  void rawAdmin_withAnotherAccountId_isRefusedNamingBothIds_andSendsNothing() {
    int before = duo.requests().all().size();

    Result run =
        cli.run(
            "run",
            "raw.admin",
            "--org",
            "Bluebird Bakery",
            "--set",
            "path=/admin/v1/users",
            "--set",
            "params={\"account_id\": \"" + harbor.id() + "\"}");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out() + run.err()).contains(harbor.id(), bluebird.id());
    assertThat(duo.requests().all()).hasSize(before);
  }
}
