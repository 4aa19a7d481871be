package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl actions} and {@code duoctl run}, in-process, against the emulator over HTTP. */
@Tag("slow")
class ActionsCliTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.seed(5).rateLimits(RateLimits.duoDefaults()));

  @TempDir Path dataDir;
  CliHarness cli;
  Account acme;
  Account globex;

  @BeforeEach
  void mspWithTwoMappedCustomers() {
    cli = new CliHarness(dataDir);
    CliMsp msp = new CliMsp(duo.emulator(), cli, "Acme", "Globex");
    acme = msp.child("Acme");
    globex = msp.child("Globex");
  }

  @Test
  void actionsList_showsIdsAndCategories_andFiltersByCategory() {
    Result all = cli.ok("actions", "list");
    assertThat(all.out())
        .containsPattern("users\\.create\\s+users\\s+change")
        .containsPattern("bypass_codes\\.create\\s+bypass_codes\\s+change, returns secrets");

    Result users = cli.ok("actions", "list", "--category", "users");
    assertThat(users.out()).contains("users.create").doesNotContain("bypass_codes.create");
    Result unknown = cli.run("actions", "list", "--category", "nope");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown --category \"nope\"", "users");
  }

  @Test
  void actionsDescribe_showsTheFieldsAndTheJsonSchema() {
    Result described = cli.ok("actions", "describe", "users.create");

    assertThat(described.out())
        .contains("users.create")
        .containsPattern("username\\s+string\\s+yes")
        .contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"required\" : [ \"username\" ]");
    Result json = cli.ok("actions", "describe", "bypass_codes.create", "-o", "json");
    assertThat(json.out())
        .contains("\"id\" : \"bypass_codes.create\"")
        .contains("\"secret_outputs\" : [ \"codes\" ]")
        .contains("\"input_schema\"");
    Result unknown = cli.run("actions", "describe", "users.explode");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no action users.explode");
  }

  @Test
  void runUsersCreate_forOneOrganization_createsTheUserInItsDuoAccount() {
    Result run = cli.ok("run", "users.create", "--org", "Acme", "--set", "username=jdoe");

    assertThat(run.out()).containsPattern("Acme\\s+OK\\s+\\{.*\"username\":\"jdoe\"");
    assertThat(UserDirectory.of(duo.world(), acme).byUsernameOrAlias("jdoe")).isPresent();
    assertThat(UserDirectory.of(duo.world(), globex).byUsernameOrAlias("jdoe")).isEmpty();
  }

  @Test
  void auditList_filtersRunsByActionId_andByOrganization() {
    cli.ok("run", "users.create", "--org", "Acme", "--set", "username=jdoe");
    cli.ok("run", "users.create", "--org", "Globex", "--set", "username=jdoe");

    Result acme = cli.ok("audit", "list", "--action", "users.create", "--org", "Acme");
    Result both = cli.ok("audit", "list", "--action", "users.create");

    assertThat(runs(acme)).hasSize(1);
    assertThat(runs(both)).hasSize(2);
    assertThat(runs(cli.ok("audit", "list", "--action", "users.update"))).isEmpty();
    assertThat(runs(cli.ok("audit", "list", "--org", "long-gone-id"))).isEmpty();
  }

  private static List<String> runs(Result audit) {
    return audit.out().lines().filter(l -> l.contains("run:users.create")).toList();
  }

  @Test
  void runBypassCodesCreate_printsTheCodesOnce_andNeitherAuditNorDatabaseKeepsThem()
      throws Exception {
    cli.ok("run", "users.create", "--org", "Acme", "--set", "username=jdoe");

    Result run =
        cli.ok(
            "run",
            "bypass_codes.create",
            "--org",
            "Acme",
            "--set",
            "user=jdoe",
            "--set",
            "count=2",
            "-o",
            "json");

    JsonNode rows = JSON.readTree(run.out());
    assertThat(rows).hasSize(1);
    JsonNode codes = rows.get(0).path("data").path("codes");
    assertThat(codes).hasSize(2);
    Result audit = cli.ok("audit", "list", "--limit", "1000", "-o", "json");
    assertThat(audit.out()).contains("bypass_codes.create");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dataDir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).anySatisfy(f -> assertThat(f.toString()).endsWith(".mv.db"));
    for (JsonNode code : codes) {
      assertThat(code.asText()).isNotBlank();
      assertThat(audit.out()).doesNotContain(code.asText());
      for (Path file : files) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as("stored in " + file).doesNotContain(code.asText());
      }
    }
  }

  @Test
  void runWithAnUnknownField_exitsTwoNamingTheField_andRunsNothing() {
    Result run = cli.run("run", "users.create", "--org", "Acme", "--set", "bogus=1");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("invalid input for users.create")
        .contains("bogus:")
        .contains("username:")
        .contains("duoctl actions describe users.create");
    assertThat(UserDirectory.of(duo.world(), acme).all()).isEmpty();
  }

  @Test
  void runAnUnknownAction_exitsTwo() {
    Result run = cli.run("run", "users.explode", "--org", "Acme");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no action users.explode", "duoctl actions list");
  }

  @Test
  void runWithoutAnOrganizationChoice_orWithTwo_isAUsageError() {
    assertThat(cli.run("run", "users.list").code()).isEqualTo(2);
    assertThat(cli.run("run", "users.list", "--org", "Acme", "--all-orgs").code()).isEqualTo(2);
  }

  @Test
  void dryRun_printsThePlannedRequest_andCreatesNothing() {
    Result run =
        cli.ok("run", "users.create", "--org", "Acme", "--set", "username=jdoe", "--dry-run");

    assertThat(run.out())
        .containsPattern("Acme\\s+DRY-RUN\\s+would send POST https://\\S+/admin/v1/users")
        .contains("username=jdoe")
        .contains("account_id=" + acme.id());
    assertThat(UserDirectory.of(duo.world(), acme).all()).isEmpty();
  }

  @Test
  void runOverAllOrganizations_asJsonLines_givesOneLinePerItem() throws Exception {
    cli.ok("run", "users.create", "--org", "Globex", "--set", "username=hank");

    Result run = cli.ok("run", "users.list", "--all-orgs", "-o", "jsonl");

    List<JsonNode> rows = new ArrayList<>();
    for (String line : run.out().strip().split("\n")) {
      rows.add(JSON.readTree(line));
    }
    // Acme has no users, so no line; Globex's one user is one line
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("organization").asText()).isEqualTo("Globex");
    assertThat(rows.get(0).get("ok").asBoolean()).isTrue();
    assertThat(rows.get(0).get("username").asText()).isEqualTo("hank");
  }

  @Test
  void runWithInputFromAFile_andAnUnknownOrganization_exitsOneNamingIt() throws Exception {
    Path input = dataDir.resolve("input.json");
    Files.writeString(input, "{\"username\": \"mia\"}");

    Result run =
        cli.run("run", "users.create", "--orgs", "Acme,Initech", "--input", input.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern("Acme\\s+OK")
        .containsPattern("Initech\\s+FAILED unknown_organization\\s+no organization Initech");
    assertThat(run.err()).contains("1 of 2 organizations failed");
    assertThat(UserDirectory.of(duo.world(), acme).byUsernameOrAlias("mia")).isPresent();
  }

  @Test
  void runByTag_withInputFromStdin_runsOnlyForTheTaggedOrganizations() {
    cli.ok("orgs", "tag", "Globex", "dental");

    Result run =
        cli.runWithStdin(
            "{\"username\": \"svc-backup\"}",
            "run",
            "users.create",
            "--tag",
            "dental",
            "--input",
            "-",
            "-o",
            "csv");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("organization,organization_id,ok,error.code,")
        .containsPattern("\nGlobex,[^,]+,true,,,,,");
    assertThat(UserDirectory.of(duo.world(), globex).byUsernameOrAlias("svc-backup")).isPresent();
    assertThat(UserDirectory.of(duo.world(), acme).all()).isEmpty();
  }
}
