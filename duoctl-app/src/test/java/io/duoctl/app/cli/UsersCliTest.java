package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.admin.directory.Directories;
import io.duoctl.emulator.admin.directory.DirectoryEntry;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserStatus;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl users ...} against the emulator over HTTP. */
@Tag("slow")
class UsersCliTest {

  @RegisterExtension
  static final DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.seed(7).rateLimits(RateLimits.duoDefaults()));

  @TempDir Path dataDir;
  CliHarness cli;
  CliMsp msp;

  @BeforeEach
  void mspWithTwoCustomers() {
    cli = new CliHarness(dataDir);
    msp = new CliMsp(duo.emulator(), cli, "Acme", "Globex");
  }

  @Test
  void create_thenGet_showsTheUser_andDuoHoldsIt() {
    Result created =
        cli.ok(
            "users",
            "create",
            "jdoe",
            "--email",
            "jdoe@acme.example",
            "--realname",
            "Jane Doe",
            "--alias",
            "jane",
            "--org",
            "Acme");

    User stored = msp.users("Acme").byUsernameOrAlias("jdoe").orElseThrow();
    assertThat(stored.email()).isEqualTo("jdoe@acme.example");
    assertThat(stored.realname()).isEqualTo("Jane Doe");
    assertThat(stored.aliases()).containsValue("jane");
    assertThat(created.out())
        .startsWith("ORGANIZATION  USERNAME  USER_ID")
        .containsPattern("Acme\\s+jdoe\\s+" + stored.userId() + "\\s+active\\s+jdoe@acme.example");
    Result got = cli.ok("users", "get", "jane", "--org", "Acme");
    assertThat(got.out()).containsPattern("Acme\\s+jdoe\\s+" + stored.userId());
    assertThat(msp.users("Globex").all()).isEmpty();
  }

  @Test
  void list_overAllOrganizations_filteredByStatus_asCsv_givesOneLinePerUser() {
    cli.ok("users", "create", "alice", "--status", "bypass", "--org", "Acme");
    cli.ok("users", "create", "bob", "--org", "Acme");
    cli.ok("users", "create", "carol", "--status", "bypass", "--org", "Globex");

    Result listed = cli.ok("users", "list", "--all-orgs", "--status", "bypass", "-o", "csv");

    List<String> lines = listed.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("organization,username,user_id,status,email,realname,is_enrolled,phones");
    assertThat(lines.subList(1, lines.size()))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).startsWith("Acme,alice,DU"))
        .anySatisfy(l -> assertThat(l).startsWith("Globex,carol,DU"));
    assertThat(listed.err()).containsPattern("job [0-9a-f-]{36}: users.list for 2 organizations");
  }

  @Test
  void listOverAllOrganizations_namesTheUnmappedOneItSkipped_andJobsShowKeepsIt() {
    cli.ok("orgs", "add", "Harbor Dental");

    Result listed = cli.ok("users", "list", "--all-orgs");

    assertThat(listed.err())
        .contains("users.list for 2 organizations")
        .containsPattern(
            "skipped 1 organization: Harbor Dental \\(Harbor Dental is not mapped to a Duo"
                + " account; map it \\(duoctl mapping set\\)");
    String id = listed.err().replaceAll("(?s).*job ([0-9a-f-]{36}).*", "$1");
    assertThat(cli.ok("jobs", "show", id).out())
        .containsPattern("skipped\\s+skipped 1 organization: Harbor Dental \\(");
  }

  @Test
  void listByTag_whereEveryTaggedOrganizationIsSkipped_exitsOne_sayingNothingRan() {
    cli.ok("orgs", "add", "Harbor Dental", "--tag", "dental");

    Result listed = cli.run("users", "list", "--tag", "dental");

    assertThat(listed.code()).isEqualTo(1);
    assertThat(listed.out()).isEmpty();
    assertThat(listed.err())
        .contains("skipped 1 organization: Harbor Dental (", "nothing ran")
        .doesNotContain("No organization matched");
  }

  @Test
  void listByATagNoOrganizationHas_exitsTwo_namingTheTagAndTheTagsInUse() {
    cli.ok("orgs", "tag", "Globex", "dental");

    Result listed = cli.run("users", "list", "--tag", "dentl");

    assertThat(listed.code()).isEqualTo(2);
    assertThat(listed.err()).contains("tag: no organization is tagged \"dentl\"", "dental");
    assertThat(cli.ok("jobs", "list").out()).doesNotContain("users.list");
  }

  @Test
  void find_withoutAnOrganizationOption_searchesEveryOrganization_oneLinePerMatch() {
    cli.ok(
        "users",
        "create",
        "jdoe",
        "--realname",
        "Jane Doe",
        "--email",
        "jd@acme.example",
        "--org",
        "Acme");
    cli.ok("users", "create", "jkowalski", "--realname", "Jan Kowalski", "--org", "Globex");
    cli.ok("users", "create", "bob", "--realname", "Bob Jones", "--org", "Globex");

    Result found = cli.ok("users", "find", "JAN");

    assertThat(found.out().lines().skip(1))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).containsPattern("Acme\\s+jdoe\\s+Jane Doe\\s+jd@acme"))
        .anySatisfy(l -> assertThat(l).containsPattern("Globex\\s+jkowalski\\s+Jan Kowalski"));
    assertThat(cli.ok("users", "find", "jon").out()).contains("bob").doesNotContain("jdoe");
    assertThat(cli.ok("users", "find", "--help").out()).contains("all organizations");
  }

  @Test
  void find_thatMatchesNobody_exitsOne() {
    cli.ok("users", "create", "jdoe", "--org", "Acme");

    Result found = cli.run("users", "find", "zed");

    assertThat(found.code()).isEqualTo(1);
    assertThat(found.err()).contains("nothing matched in 2 organizations");
  }

  @Test
  void getOverAllOrganizations_namesWhereTheUserIsNot_inOneLine_andExitsZeroWhenFound() {
    cli.ok("users", "create", "jdoe", "--org", "Acme");

    Result got = cli.run("users", "get", "jdoe", "--all-orgs");

    assertThat(got.code()).as(got.err()).isZero();
    assertThat(got.out()).containsPattern("Acme\\s+jdoe").doesNotContain("Globex");
    assertThat(got.err()).contains("not in 1 organization: Globex").doesNotContain("FAILED");

    Result nowhere = cli.run("users", "get", "nobody", "--all-orgs");
    assertThat(nowhere.code()).isEqualTo(1);
    assertThat(nowhere.err())
        .contains("not in these 2 organizations: ")
        .contains("Acme", "Globex")
        .doesNotContain("FAILED");
  }

  @Test
  void delete_removesTheUserFromDuo() {
    cli.ok("users", "create", "temp", "--org", "Acme");

    Result deleted = cli.ok("users", "delete", "temp", "--org", "Acme");

    assertThat(deleted.out()).containsPattern("Acme\\s+DU\\w+\\s+temp");
    assertThat(msp.users("Acme").byUsernameOrAlias("temp")).isEmpty();
  }

  @Test
  void set_reachesFieldsWithoutAnOption_butAFieldGivenTwiceIsAUsageError() {
    cli.ok("users", "create", "robot", "--set", "notes=backup robot", "--org", "Acme");
    assertThat(msp.users("Acme").byUsernameOrAlias("robot").orElseThrow().notes())
        .isEqualTo("backup robot");

    Result twice =
        cli.run(
            "users",
            "create",
            "x",
            "--email",
            "a@b.example",
            "--set",
            "email=c@d.example",
            "--org",
            "Acme");
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).contains("email is given twice");
    assertThat(msp.users("Acme").byUsernameOrAlias("x")).isEmpty();
  }

  @Test
  void unknownUser_exitsOne_namingTheOrganization_andMissingOrg_exitsTwo() {
    Result unknown = cli.run("users", "get", "nobody", "--org", "Acme");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("Acme: FAILED", "nobody", "1 of 1 organizations failed");
    assertThat(unknown.out()).isEmpty();

    Result noOrg = cli.run("users", "get", "jdoe");
    assertThat(noOrg.code()).isEqualTo(2);
    assertThat(noOrg.err()).contains("--org");

    Result badStatus = cli.run("users", "list", "--status", "sleepy", "--org", "Acme");
    assertThat(badStatus.code()).isEqualTo(2);
    assertThat(badStatus.err()).contains("status");
  }

  @Test
  void dryRun_showsTheRequestAndCreatesNothing() {
    Result planned = cli.ok("users", "create", "ghost", "--org", "Acme", "--dry-run");

    assertThat(planned.out()).contains("DRY-RUN", "would send POST", "username=ghost");
    assertThat(msp.users("Acme").byUsernameOrAlias("ghost")).isEmpty();
  }

  @Test
  void sync_createsTheUserFromTheOrganizationsDirectory() {
    String key = "ACMEDIRECTORYKEY0001";
    Directories.of(msp.child("Acme")).add(key, "Acme Entra ID");
    Directories.of(msp.child("Acme"))
        .put(key, DirectoryEntry.of("new.hire", "New Hire", "new.hire@acme.example"));

    Result noKey = cli.run("users", "sync", "new.hire", "--org", "Acme");
    assertThat(noKey.code()).isEqualTo(1);
    assertThat(noKey.out()).contains("FAILED invalid_input", "has no directory key");

    Result synced =
        cli.runWithStdin(
            key + "\n", "users", "sync", "new.hire", "--org", "Acme", "--directory-key-from-stdin");
    assertThat(synced.code()).as(synced.err()).isZero();
    User created = msp.users("Acme").byUsernameOrAlias("new.hire").orElseThrow();
    assertThat(created.email()).isEqualTo("new.hire@acme.example");
    assertThat(created.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(cli.allOutput()).doesNotContain(key);
  }
}
