package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command and subcommand answers {@code --help} and {@code -h} with its usage. */
@Tag("slow")
class HelpOnEveryCommandTest {

  @TempDir Path dataDir;

  static Stream<String> commandPaths() {
    List<String> paths = new ArrayList<>();
    collect(DuoctlCommand.commandLine(CliHarness.command()), "", paths);
    return paths.stream();
  }

  private static void collect(CommandLine command, String path, List<String> paths) {
    paths.add(path);
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              boolean alias = List.of(sub.getCommandSpec().aliases()).contains(name);
              if (!alias) {
                collect(sub, (path + " " + name).strip(), paths);
              }
            });
  }

  @ParameterizedTest(name = "duoctl {0} --help")
  @MethodSource("commandPaths")
  void helpPrintsUsageNamingTheCommand(String path) {
    for (String flag : List.of("--help", "-h")) {
      List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
      args.add(flag);

      CliHarness.Result result = new CliHarness(dataDir).run(args.toArray(String[]::new));

      assertThat(result.code()).as(flag + ": " + result.err()).isZero();
      assertThat(result.err()).as(flag).isEmpty();
      assertThat(result.out()).as(flag).contains("Usage: " + ("duoctl " + path).strip());
    }
  }

  @Test
  void theWalkReachesNestedSubcommands() {
    assertThat(commandPaths())
        .contains("config set", "orgs list", "completion")
        .hasSizeGreaterThan(40);
  }
}
