package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.settings.DuoClientFactory;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;

/** Runs one {@code duoctl} command line in this process over a data directory, as a user would. */
public final class CliRun {

  private CliRun() {}

  /**
   * What the command printed on stdout, after asserting it exited 0 (stderr as the description).
   */
  public static String output(Path dataDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command =
        DuoctlCommand.commandLine(
            new DuoctlCommand(
                new AppConfig(dataDir, null, null, null, null, "cli:tester"),
                new Terminal(new ByteArrayInputStream(new byte[0]), null),
                config ->
                    Duoctl.start(
                        config,
                        Clock.systemUTC(),
                        new DuoClientFactory(Clock.systemUTC(), d -> {}))));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    assertThat(command.execute(args)).as(err.toString()).isZero();
    return out.toString();
  }
}
