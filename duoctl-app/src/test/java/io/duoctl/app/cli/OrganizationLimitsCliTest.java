package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `duoctl orgs add` past the documented limits names the field, and never prints SQL. */
@Tag("slow")
class OrganizationLimitsCliTest {
  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void msp() {
    cli = new CliHarness(dataDir);
    new CliMsp(duo.emulator(), cli);
  }

  static void assertRefused(Result result, String line) {
    assertThat(result.code()).as(result.err()).isNotZero();
    assertThat(result.err())
        .contains(line)
        .doesNotContain("org.h2", "JdbcSQL", "SQL statement")
        .hasSizeLessThan(1_000);
  }

  @Test
  void add_withTwoHundredVariables_namesVariables() {
    List<String> args = new ArrayList<>(List.of("orgs", "add", "Acme"));
    for (int i = 0; i < 200; i++) {
      args.add("--var");
      args.add("var_" + i + "=value " + i);
    }

    assertRefused(
        cli.run(args.toArray(String[]::new)),
        "variables: an organization has at most 100 variables, this would make 200");
    assertThat(cli.ok("orgs", "list").out()).doesNotContain("Acme");
  }

  @Test
  void add_withThreeHundredTags_namesTags() {
    List<String> args = new ArrayList<>(List.of("orgs", "add", "Acme"));
    for (int i = 0; i < 300; i++) {
      args.add("--tag");
      args.add("tag-" + i);
    }

    assertRefused(
        cli.run(args.toArray(String[]::new)),
        "tags: an organization has at most 50 tags, this would make 300");
  }

  @Test
  void add_withASeventyKilobyteName_namesTheName() {
    assertRefused(
        cli.run("orgs", "add", "n".repeat(70_000)), "name: must be at most 200 characters");
  }
}
