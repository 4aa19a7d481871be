package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.AppConfig;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.core.testing.Backend;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The setup flow with {@code --db} pointing at a real PostgreSQL instead of the embedded H2. */
@Tag("postgres")
class CliOnPostgresTest {
  @TempDir Path dataDir;

  @Test
  void setupFlow_onPostgres_savesValidatesAndAuditsLikeOnH2() throws IOException {
    String database = Backend.freshPostgresDatabase();
    try (DuoEmulator duo = DuoEmulator.builder().seed(31).build().start()) {
      Account msp = duo.givenParentAccount("PG MSP");
      IntegrationKeys accounts = duo.givenAccountsApi(msp);
      duo.givenChildAccount(msp, "Acme Corporation");
      CliHarness cli =
          new CliHarness(dataDir)
              .with(
                  c ->
                      new AppConfig(
                          c.dataDir(), database, "postgres", "postgres", null, c.actor()));

      Result set =
          cli.runWithStdin(
              accounts.secretKey(),
              "config",
              "set",
              "--accounts-host",
              accounts.apiHostname(),
              "--accounts-ikey",
              accounts.integrationKey(),
              "--proxy",
              "127.0.0.1:" + duo.proxyAddress().getPort(),
              "--allow-plain-http",
              "--secret-keys-from-stdin");
      Result imported = cli.run("orgs", "import-duo");
      Result key =
          cli.runWithStdin(
              "DIRKEY-on-postgres-0123456789",
              "orgs",
              "set-directory-key",
              "Acme Corporation",
              "--from-stdin");
      Result audit = cli.run("audit", "list");

      assertThat(set.code()).as(set.err()).isZero();
      assertThat(set.out()).containsPattern("Accounts API\\s+ok");
      assertThat(imported.out()).contains("Created 1 organizations from Duo accounts.");
      assertThat(key.code()).as(key.err()).isZero();
      assertThat(audit.out())
          .contains("directory_key: ∅ → [redacted]")
          .contains("accounts.secret_key: ∅ → [redacted]")
          .doesNotContain("DIRKEY-on-postgres-0123456789")
          .doesNotContain(accounts.secretKey());
      assertThat(dataDir.resolve("duoctl.mv.db")).doesNotExist();
    }
  }
}
