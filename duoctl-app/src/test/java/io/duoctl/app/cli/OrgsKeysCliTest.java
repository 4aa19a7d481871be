package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organizations' own keys over the CLI against the emulator: validated when set, {@code orgs
 * check}, {@code orgs import-keys}, and failures that name the command fixing the keys.
 */
@Tag("slow")
class OrgsKeysCliTest {
  private static final String WRONG = "w".repeat(40);
  private static final String SET_KEYS_FIX =
      "duoctl orgs set-keys \"Cross Co\" --api admin --host HOST --ikey IKEY";

  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  @TempDir Path files;
  CliHarness cli;
  IntegrationKeys crossAdmin;

  @BeforeEach
  void mspWithAChildAndAnOwnKeysCustomer() {
    cli = new CliHarness(dataDir);
    new CliMsp(duo.emulator(), cli, "Acme");
    Account cross =
        duo.emulator()
            .givenChildAccount(duo.emulator().givenParentAccount("Other MSP"), "Cross Co");
    crossAdmin = duo.emulator().givenAdminApi(cross);
    cli.ok("orgs", "add", "Cross Co", "--mode", "own-keys");
  }

  private Result setCrossAdminKeys(String secret, String... more) {
    String[] args = {
      "orgs",
      "set-keys",
      "Cross Co",
      "--api",
      "admin",
      "--host",
      crossAdmin.apiHostname(),
      "--ikey",
      crossAdmin.integrationKey(),
      "--from-stdin"
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return cli.runWithStdin(secret + "\n", all);
  }

  @Test
  void setKeys_withAWrongSecret_savesThem_butExits1WithWrongSecretKeyAndTheFix() {
    Result set = setCrossAdminKeys(WRONG);

    assertThat(set.code()).as(set.err()).isEqualTo(1);
    assertThat(set.out()).contains("wrong_secret_key").contains(SET_KEYS_FIX);
    assertThat(set.err()).contains("saved, but validation failed");
    assertThat(cli.ok("orgs", "list").out()).containsPattern("Cross Co.*admin");
    assertThat(cli.allOutput()).doesNotContain(WRONG);
  }

  @Test
  void setKeys_withTheRightSecret_isOk_andNoValidateMakesNoCall() {
    int checksBefore = duo.requests().toPath("/admin/v1/info/summary").size();
    Result unchecked = setCrossAdminKeys(WRONG, "--no-validate");
    assertThat(unchecked.code()).as(unchecked.err()).isZero();
    assertThat(duo.requests().toPath("/admin/v1/info/summary")).hasSize(checksBefore);

    Result set = setCrossAdminKeys(crossAdmin.secretKey());

    assertThat(set.code()).as(set.err()).isZero();
    assertThat(set.out()).containsPattern("Admin API\\s+ok");
    assertThat(cli.allOutput()).doesNotContain(crossAdmin.secretKey());
  }

  @Test
  void orgsCheck_reportsEachOrganizationsParts_withTheFix_andExits1WhenOneFails() {
    setCrossAdminKeys(WRONG, "--no-validate");
    cli.ok("orgs", "add", "Initech");

    Result all = cli.run("orgs", "check", "--all-orgs");

    assertThat(all.code()).as(all.err()).isEqualTo(1);
    assertThat(all.out())
        .containsPattern("Acme\\s+admin\\s+ok")
        .containsPattern("Acme\\s+mapping\\s+ok")
        .containsPattern("Acme\\s+directory_key\\s+not_set.*duoctl orgs set-directory-key Acme")
        .containsPattern(
            "Cross Co\\s+admin\\s+wrong_secret_key.*" + java.util.regex.Pattern.quote(SET_KEYS_FIX))
        .containsPattern("Initech\\s+mapping\\s+not_mapped.*duoctl mapping set Initech ACCOUNT")
        .contains("3 organizations checked: 1 OK, 2 failed.")
        .doesNotContain(WRONG);
    Result acme = cli.run("orgs", "check", "Acme");
    assertThat(acme.code()).as(acme.out()).isZero();
    assertThat(cli.run("orgs", "check").code()).isEqualTo(2);
  }

  @Test
  void importKeys_storesAndValidatesEachLine_withoutEchoingSecrets() throws Exception {
    String directoryKey = "DIRKEY-import-acme-0001";
    Path csv = files.resolve("keys.csv");
    Files.writeString(
        csv,
        """
        organization,api,host,ikey,secret_key,directory_key
        Cross Co,admin,%s,%s,%s,
        Acme,,,,,%s
        """
            .formatted(
                crossAdmin.apiHostname(),
                crossAdmin.integrationKey(),
                crossAdmin.secretKey(),
                directoryKey));

    Result imported = cli.run("orgs", "import-keys", csv.toString());

    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out())
        .containsPattern("2\\s+Cross Co\\s+admin\\s+ok")
        .containsPattern("3\\s+Acme\\s+set \\(well-formed\\)")
        .contains("Imported 2 lines; 0 failed validation.");
    assertThat(cli.ok("orgs", "check", "Acme").out())
        .containsPattern("directory_key\\s+well_formed");
    assertThat(cli.allOutput()).doesNotContain(crossAdmin.secretKey(), directoryKey);
  }

  @Test
  void importKeys_withBadLines_storesNothing_andNamesEachLine() throws Exception {
    Path csv = files.resolve("bad.csv");
    Files.writeString(
        csv,
        """
        organization,api,host,ikey,secret_key
        Cross Co,admin,%s,%s,%s
        Nobody,admin,%s,%s,%s
        Cross Co,auth,%s,DISHORT,tooshort
        """
            .formatted(
                crossAdmin.apiHostname(),
                crossAdmin.integrationKey(),
                WRONG,
                crossAdmin.apiHostname(),
                crossAdmin.integrationKey(),
                WRONG,
                crossAdmin.apiHostname()));

    Result imported = cli.run("orgs", "import-keys", csv.toString());

    assertThat(imported.code()).isNotZero();
    assertThat(imported.err())
        .contains("nothing imported")
        .contains("line 3, organization")
        .contains("line 4, ikey")
        .contains("line 4, secret_key");
    assertThat(cli.ok("orgs", "list").out()).doesNotContainPattern("Cross Co.*admin");
    assertThat(cli.allOutput()).doesNotContain(WRONG, "tooshort");
  }

  @Test
  void importKeys_withAWrongSecret_keepsTheKeys_andNamesTheFixOnItsLine() throws Exception {
    Result imported =
        cli.runWithStdin(
            "organization,api,host,ikey,secret_key\nCross Co,admin,%s,%s,%s\n"
                .formatted(crossAdmin.apiHostname(), crossAdmin.integrationKey(), WRONG),
            "orgs",
            "import-keys",
            "-");

    assertThat(imported.code()).isEqualTo(1);
    assertThat(imported.out()).containsPattern("2\\s+Cross Co\\s+admin.*wrong_secret_key");
    assertThat(imported.out()).contains(SET_KEYS_FIX);
    assertThat(cli.allOutput()).doesNotContain(WRONG);
  }

  @Test
  void anActionRefusedForTheOrganizationsOwnKeys_namesOrgsSetKeys() {
    setCrossAdminKeys(WRONG, "--no-validate");

    Result list = cli.run("users", "list", "--org", "Cross Co");

    assertThat(list.code()).isEqualTo(1);
    assertThat(list.out() + list.err()).contains(SET_KEYS_FIX).doesNotContain(WRONG);
  }
}
