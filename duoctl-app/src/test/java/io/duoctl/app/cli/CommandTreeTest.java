package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line built for a command holds only its noun, and every other command line the whole
 * tree, so help, completion and suggestions still see every command.
 */
class CommandTreeTest {

  @TempDir Path dataDir;

  @Test
  void aCommandBuildsOnlyItsNoun() {
    assertThat(DuoctlCommand.commandLine(CliHarness.command(), "orgs", "list").getSubcommands())
        .containsOnlyKeys("orgs");
    assertThat(DuoctlCommand.commandLine(CliHarness.command(), "config", "show").getSubcommands())
        .containsOnlyKeys("config");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-V", "completion", "orgz", ""})
  void anythingElseBuildsTheWholeTree(String first) {
    String[] args = first.isEmpty() ? new String[0] : new String[] {first, "list"};

    assertThat(DuoctlCommand.commandLine(CliHarness.command(), args).getSubcommands().keySet())
        .containsExactlyElementsOf(
            DuoctlCommand.commandLine(CliHarness.command()).getSubcommands().keySet());
  }

  @Test
  void aMistypedNounIsStillAnsweredWithTheNearestOnes() {
    CliHarness.Result result = new CliHarness(dataDir).run("orgz", "list");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("orgz").contains("orgs");
  }

  @Test
  void helpStillListsEveryNoun() {
    CliHarness.Result result = new CliHarness(dataDir).run("--help");

    assertThat(result.out()).contains("config", "orgs", "serve", "demo", "emulator", "completion");
  }
}
