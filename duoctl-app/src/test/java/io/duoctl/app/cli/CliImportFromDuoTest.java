package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secret keys from a file, import from Duo, and the account list, through the CLI. */
class CliImportFromDuoTest {
  @TempDir Path dataDir;
  DuoEmulator duo;
  CliHarness cli;
  Account parent;

  @BeforeEach
  void setUp() throws Exception {
    duo = DuoEmulator.builder().seed(21).build().start();
    parent = duo.givenParentAccount("Import MSP");
    IntegrationKeys accounts = duo.givenAccountsApi(parent);
    cli = new CliHarness(dataDir);
    Path secrets = dataDir.resolve("secrets.txt");
    Files.writeString(
        secrets,
        "# the Accounts API secret key\naccounts_secret_key=" + accounts.secretKey() + "\n");
    Result set =
        cli.run(
            "config",
            "set",
            "--config",
            "production",
            "--accounts-host",
            accounts.apiHostname(),
            "--accounts-ikey",
            accounts.integrationKey(),
            "--proxy",
            "127.0.0.1:" + duo.proxyAddress().getPort(),
            "--allow-plain-http",
            "--secret-keys-file",
            secrets.toString());
    assertThat(set.code()).as(set.err()).isZero();
    assertThat(set.out())
        .containsPattern("Accounts API\\s+ok")
        .containsPattern("Admin API\\s+not_configured");
  }

  @AfterEach
  void tearDown() {
    duo.close();
  }

  @Test
  void importDuo_createsAndMapsAnOrganizationPerChildAccount_andSkipsTakenNames() {
    Account acme = duo.givenChildAccount(parent, "Acme Corporation");
    duo.givenChildAccount(parent, "Globex, Inc.");
    assertThat(cli.run("orgs", "add", "Globex, Inc.").code()).isZero();

    Result imported = cli.run("orgs", "import-duo");

    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("Created 1 organizations from Duo accounts.")
        .contains("Skipped Globex, Inc.")
        .containsPattern("Acme Corporation\\s+\\S+\\s+child_account\\s+" + acme.id());
    Result accounts = cli.run("mapping", "accounts");
    assertThat(accounts.out())
        .containsPattern("Acme Corporation\\s+\\S+\\.duo\\.test\\s+Acme Corporation")
        .containsPattern("Globex, Inc\\.\\s+\\S+\\.duo\\.test\\s*\\n");
  }
}
