package io.duoctl.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code duoctl} command; each noun is a subcommand. */
@Command(
    name = "duoctl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Automates Cisco Duo chores for every customer organization of an MSP.",
    subcommands = {EmulatorCommand.class})
public final class DuoctlCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: see 'duoctl --help'.");
  }
}
