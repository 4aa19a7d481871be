package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A destructive action over more than one organization asks first: on a terminal a y/N question
 * naming the count and the organizations, elsewhere {@code --yes} or exit 2. A dry run asks
 * nothing.
 */
@Tag("slow")
class DestructiveConfirmationCliTest {
  private static final List<String> CUSTOMERS = List.of("Acme", "Globex", "Initech");

  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  CliHarness cli;
  CliMsp msp;

  @BeforeEach
  void threeCustomersWithAJdoeEach() {
    cli = new CliHarness(dataDir);
    msp = new CliMsp(duo.emulator(), cli, CUSTOMERS.toArray(String[]::new));
    CUSTOMERS.forEach(name -> msp.createUser(name, "jdoe"));
  }

  private long jdoes() {
    return CUSTOMERS.stream()
        .filter(name -> msp.users(name).byUsernameOrAlias("jdoe").isPresent())
        .count();
  }

  /** A terminal a person watches, answering {@code answer} and keeping the questions. */
  private static Terminal person(String answer, List<String> questions) {
    Terminal.Prompt prompt =
        new Terminal.Prompt() {
          @Override
          public Optional<String> readHidden(String question) {
            throw new AssertionError("a y/N question must be echoed");
          }

          @Override
          public String readLine(String question) {
            questions.add(question);
            return answer;
          }
        };
    return new Terminal(
        new ByteArrayInputStream(new byte[0]), prompt, true, Terminal.Interrupts.NONE);
  }

  @Test
  void withoutATerminal_andWithoutYes_exits2NamingYes_andDeletesNobody() {
    Result refused = cli.run("users", "delete", "jdoe", "--all-orgs");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .contains("--yes")
        .contains("3 organizations")
        .contains("Acme", "Globex", "Initech");
    assertThat(jdoes()).isEqualTo(3);
  }

  @Test
  void withYes_deletesInEveryOrganization() {
    cli.ok("users", "delete", "jdoe", "--all-orgs", "--yes");

    assertThat(jdoes()).isZero();
  }

  @Test
  void runWithYes_overAList_deletesInEach() {
    cli.ok("run", "users.delete", "--orgs", "Acme,Globex", "--set", "user=jdoe", "--yes");

    assertThat(jdoes()).isEqualTo(1);
  }

  @Test
  void onATerminal_asksNamingTheCountAndTheOrganizations_andRunsOnYes() {
    List<String> questions = new ArrayList<>();

    Result ran = cli.runOn(person("y", questions), "users", "delete", "jdoe", "--all-orgs");

    assertThat(ran.code()).as(ran.err()).isZero();
    assertThat(questions).hasSize(1);
    assertThat(questions.get(0)).contains("3 organizations", "Acme", "Globex", "Initech", "[y/N]");
    assertThat(jdoes()).isZero();
  }

  @Test
  void onATerminal_anythingButYes_runsNothing() {
    List<String> questions = new ArrayList<>();

    Result refused = cli.runOn(person("", questions), "users", "delete", "jdoe", "--all-orgs");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("nothing ran");
    assertThat(jdoes()).isEqualTo(3);
  }

  @Test
  void aDryRun_orOneOrganization_asksNothing() {
    cli.ok("users", "delete", "jdoe", "--all-orgs", "--dry-run");
    assertThat(jdoes()).isEqualTo(3);

    cli.ok("users", "delete", "jdoe", "--org", "Acme");
    assertThat(jdoes()).isEqualTo(2);
  }
}
