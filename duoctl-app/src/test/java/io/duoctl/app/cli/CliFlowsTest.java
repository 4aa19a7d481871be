package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main CLI flows, in-process, against the emulator over real HTTP. */
@Tag("slow")
class CliFlowsTest {
  static DuoEmulator duo;
  static int parents;

  @TempDir Path dataDir;
  CliHarness cli;
  Account parent;
  IntegrationKeys auth;
  IntegrationKeys accounts;
  IntegrationKeys admin;

  @BeforeAll
  static void startDuo() {
    duo = DuoEmulator.builder().seed(3).build().start();
  }

  @AfterAll
  static void stopDuo() {
    duo.close();
  }

  @BeforeEach
  void newMsp() {
    cli = new CliHarness(dataDir);
    parent = duo.givenParentAccount("MSP " + ++parents);
    auth = duo.givenAuthApi(parent);
    accounts = duo.givenAccountsApi(parent);
    admin = duo.givenAdminApi(parent);
  }

  String[] setArgs(String... extra) {
    String[] base = {
      "config",
      "set",
      "--auth-host",
      auth.apiHostname(),
      "--auth-ikey",
      auth.integrationKey(),
      "--accounts-host",
      accounts.apiHostname(),
      "--accounts-ikey",
      accounts.integrationKey(),
      "--admin-host",
      admin.apiHostname(),
      "--admin-ikey",
      admin.integrationKey(),
      "--proxy",
      "127.0.0.1:" + duo.proxyAddress().getPort(),
      "--allow-plain-http"
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  String secretsOnStdin() {
    return "auth="
        + auth.secretKey()
        + "\naccounts="
        + accounts.secretKey()
        + "\nadmin="
        + admin.secretKey()
        + "\n";
  }

  void configured() {
    assertThat(cli.runWithStdin(secretsOnStdin(), setArgs("--secret-keys-from-stdin")).code())
        .isZero();
  }

  @Test
  void configSet_withSecretKeysFromStdin_savesValidatesAndPrintsOkForAllThreeApis() {
    Result set = cli.runWithStdin(secretsOnStdin(), setArgs("--secret-keys-from-stdin"));

    assertThat(set.code()).as(set.err()).isZero();
    assertThat(set.out())
        .contains("Saved configuration \"default\".")
        .containsPattern("Auth API\\s+ok\\s+The Auth API at")
        .containsPattern("Accounts API\\s+ok")
        .containsPattern("Admin API\\s+ok");
    Result show = cli.run("config", "show");
    assertThat(show.out())
        .contains("admin.secret_key")
        .contains("••••" + admin.secretKey().substring(36))
        .doesNotContain(admin.secretKey())
        .containsPattern("admin.validation\\s+ok");
  }

  @Test
  void configSet_secretKeysInOrderWithoutNames_andFromAPrompt_areAcceptedToo() {
    String plain = auth.secretKey() + "\n" + accounts.secretKey() + "\n" + admin.secretKey();
    assertThat(cli.runWithStdin(plain, setArgs("--secret-keys-from-stdin")).code()).isZero();

    Result prompted =
        cli.runWithPrompt(
            admin.secretKey(),
            "config",
            "set",
            "--admin-host",
            admin.apiHostname(),
            "--admin-ikey",
            admin.integrationKey());

    assertThat(prompted.code()).as(prompted.err()).isZero();
  }

  @Test
  void configSet_withAWrongAdminSecretKey_savesButExitsOneWithTheAdminMessage() {
    String stdin = secretsOnStdin().replace(admin.secretKey(), "z".repeat(40));

    Result set = cli.runWithStdin(stdin, setArgs("--secret-keys-from-stdin"));

    assertThat(set.code()).isEqualTo(1);
    assertThat(set.out())
        .containsPattern("Admin API\\s+wrong_secret_key\\s+The Admin API secret key is wrong")
        .containsPattern("Auth API\\s+ok");
    assertThat(set.err()).contains("saved, but validation failed");
    Result validate = cli.run("config", "validate");
    assertThat(validate.code()).isEqualTo(1);
  }

  @Test
  void configSet_withAMalformedIntegrationKey_isAUsageErrorNamingTheField_andStoresNothing() {
    Result set =
        cli.runWithStdin(
            "admin=" + admin.secretKey(),
            "config",
            "set",
            "--admin-host",
            "https://" + admin.apiHostname(),
            "--admin-ikey",
            "DIshort",
            "--secret-keys-from-stdin");

    assertThat(set.code()).isEqualTo(ErrorHandler.USAGE);
    assertThat(set.err())
        .contains("admin.integration_key: must be 20 characters starting DI")
        .contains("admin.host: must be a hostname without a scheme")
        .doesNotContain(admin.secretKey());
    assertThat(cli.run("config", "list").out()).doesNotContain("default");
  }

  @Test
  void configSet_withAMalformedIntegrationKey_saysSoBeforeAskingForAnySecretKey() {
    Result set =
        cli.run("config", "set", "--admin-host", admin.apiHostname(), "--admin-ikey", "DIshort");

    assertThat(set.code()).isEqualTo(ErrorHandler.USAGE);
    assertThat(set.err())
        .contains("admin.integration_key: must be 20 characters starting DI")
        .doesNotContain("no terminal to prompt");
  }

  @Test
  void configSet_withoutATerminalOrStdin_isAUsageError() {
    Result set = cli.run(setArgs());

    assertThat(set.code()).isEqualTo(2);
    assertThat(set.err()).contains("no terminal to prompt").contains("--secret-keys-from-stdin");
  }

  @Test
  void unknownOption_isAUsageError() {
    Result result = cli.run("config", "show", "--colour");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option: '--colour'");
  }

  @Test
  void orgsImportCsv_createsEveryOrganization_andABadFileImportsNothing() throws Exception {
    configured();
    Path csv = dataDir.resolve("orgs.csv");
    Files.writeString(csv, "name,external_id,tags\nAcme Corp,PSA-1,gold;east\nGlobex,PSA-2,\n");

    Result imported = cli.run("orgs", "import-csv", csv.toString());

    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("Imported 2 organizations.");
    Result list = cli.run("orgs", "list", "--output", "csv");
    assertThat(list.out())
        .startsWith("name,id,access_mode,duo_account_id,tags,own_keys,directory_key,variables\n")
        .contains("\nAcme Corp,")
        .contains("east;gold");
    Files.writeString(csv, "name,colour\nInitech,red\n");
    Result bad = cli.run("orgs", "import-csv", csv.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("unknown column \"colour\"");
  }

  @Test
  void mappingSuggestApply_mapsTheConfidentMatches_andLeavesTheAmbiguousOne() throws Exception {
    configured();
    duo.givenChildAccount(parent, "Acme Corporation");
    duo.givenChildAccount(parent, "Globex, Inc.");
    duo.givenChildAccount(parent, "Summit Medical, LLC");
    duo.givenChildAccount(parent, "Summit Medical Inc");
    for (String org : new String[] {"ACME Corp.", "Globex", "Summit Medical"}) {
      assertThat(cli.run("orgs", "add", org).code()).isZero();
    }

    Result refresh = cli.run("mapping", "refresh");
    Result suggest = cli.run("mapping", "suggest", "--apply");

    assertThat(refresh.code()).as(refresh.err()).isZero();
    assertThat(refresh.out()).contains("4 Duo accounts; 4 new, 0 gone.");
    assertThat(suggest.code()).as(suggest.err()).isZero();
    assertThat(suggest.out())
        .containsPattern("ACME Corp\\.\\s+confident\\s+\\S+\\s+Acme Corporation\\s+\\S+\\s+yes")
        .containsPattern("Globex\\s+confident\\s+\\S+\\s+Globex, Inc\\.\\s+\\S+\\s+yes")
        .containsPattern("Summit Medical\\s+ambiguous")
        .contains("Mapped 2 organizations; 1 left for a person");
    Result health = cli.run("mapping", "health");
    assertThat(health.code()).isEqualTo(1);
    assertThat(health.out())
        .containsPattern("unmapped_organization\\s+Summit Medical")
        .containsPattern("unmapped_duo_account\\s+Summit Medical, LLC");
    Result set = cli.run("mapping", "set", "Summit Medical", "Summit Medical Inc");
    assertThat(set.code()).as(set.err()).isZero();
  }

  @Test
  void setDirectoryKeyFromStdin_storesItMasked_andTheAuditShowsItRedacted() throws Exception {
    configured();
    cli.run("orgs", "add", "Acme Corp");
    String directoryKey = "DIRKEY-7f3a9c2e41b84d0aa6c1e5b2d9f08e77";

    Result set =
        cli.runWithStdin(
            directoryKey + "\n", "orgs", "set-directory-key", "Acme Corp", "--from-stdin");

    assertThat(set.code()).as(set.err()).isZero();
    assertThat(set.out()).contains("••••8e77").doesNotContain(directoryKey);
    assertThat(cli.run("orgs", "list").out()).contains("••••8e77");
    Result audit = cli.run("audit", "list", "--subject", "organization:Acme Corp");
    assertThat(audit.code()).as(audit.err()).isZero();
    assertThat(audit.out())
        .containsPattern(
            "cli:tester\\s+organization\\s+\\S+\\s+directory-key-set\\s+directory_key: ∅ → \\[redacted\\]")
        .doesNotContain(directoryKey);
  }

  @Test
  void setDirectoryKey_withoutStdinOrTerminal_isAUsageError_andNeverTakesTheKeyFromArgv() {
    configured();
    cli.run("orgs", "add", "Acme Corp");

    Result noSource = cli.run("orgs", "set-directory-key", "Acme Corp");
    Result inArgv = cli.run("orgs", "set-directory-key", "Acme Corp", "secret-on-the-command-line");

    assertThat(noSource.code()).isEqualTo(2);
    assertThat(noSource.err()).contains("--from-stdin");
    assertThat(inArgv.code()).isEqualTo(2);
  }

  @Test
  void auditList_asJson_listsEveryChangeWithSecretsRedacted() throws Exception {
    configured();
    cli.run("orgs", "add", "Acme Corp", "--tag", "gold");
    cli.run("orgs", "rename", "Acme Corp", "Acme Corporation");

    Result audit = cli.run("audit", "list", "--output", "json", "--since", "1h");

    assertThat(audit.code()).as(audit.err()).isZero();
    JsonNode entries = new ObjectMapper().readTree(audit.out());
    assertThat(entries.findValuesAsText("action")).contains("renamed", "created", "validated");
    assertThat(audit.out())
        .contains("name: Acme Corp → Acme Corporation")
        .contains("admin.secret_key: ∅ → [redacted]")
        .doesNotContain(admin.secretKey())
        .doesNotContain(accounts.secretKey())
        .doesNotContain(auth.secretKey());
  }

  @Test
  void start_withTheWrongMasterKey_exitsOneWithAClearError() {
    configured();
    cli.with(c -> c.withMasterKey("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));

    Result show = cli.run("config", "show");

    assertThat(show.code()).isEqualTo(1);
    assertThat(show.err())
        .startsWith(
            "duoctl: wrong master key: the key from DUOCTL_MASTER_KEY does not open the"
                + " secrets stored in");
  }

  @Test
  void masterKeyRotate_reencryptsEverything_andReplacesTheKeyFile() throws Exception {
    configured();
    cli.runWithStdin("DIRKEY-0123456789abcdef0123", "orgs", "add", "Acme Corp");
    String before = Files.readString(dataDir.resolve("master.key"));

    Result rotate = cli.run("master-key", "rotate");

    assertThat(rotate.code()).as(rotate.err()).isZero();
    assertThat(rotate.out()).contains("Re-encrypted");
    assertThat(Files.readString(dataDir.resolve("master.key"))).isNotEqualTo(before);
    assertThat(dataDir.resolve("master.key.next")).doesNotExist();
    Result show = cli.run("config", "show");
    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.out()).contains("••••" + admin.secretKey().substring(36));
    cli.with(c -> c.withMasterKey(before));
    assertThat(cli.run("config", "show").err()).contains("wrong master key");
  }

  @Test
  void orgsSetKeys_fromStdin_andAccessMode_giveTheOrganizationItsOwnAdminKeys() {
    configured();
    Account child = duo.givenChildAccount(parent, "Cross Deployment Co");
    IntegrationKeys own = duo.givenAdminApi(child);
    cli.run("orgs", "add", "Cross Deployment Co", "--mode", "own-keys");

    Result keys =
        cli.runWithStdin(
            own.secretKey(),
            "orgs",
            "set-keys",
            "Cross Deployment Co",
            "--api",
            "admin",
            "--host",
            own.apiHostname(),
            "--ikey",
            own.integrationKey(),
            "--from-stdin");

    assertThat(keys.code()).as(keys.err()).isZero();
    assertThat(keys.out()).contains("own_keys").contains("admin").doesNotContain(own.secretKey());
  }

  @Test
  void completion_printsABashCompletionScript() {
    Result completion = cli.run("completion");

    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete -F").contains("duoctl");
  }
}
