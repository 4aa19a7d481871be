package io.duoctl.app;

import io.duoctl.app.cli.DuoctlCommand;
import io.duoctl.app.cli.Terminal;

/**
 * The executable's entry point: reads the environment into an {@link AppConfig}, runs the CLI and
 * exits with its code.
 */
public final class Main {

  /** The exit code of bad usage, which a malformed environment variable is. */
  private static final int BAD_ENVIRONMENT = 2;

  private Main() {}

  public static void main(String[] args) {
    AppConfig config;
    try {
      config =
          AppConfig.fromEnvironment(
              System.getenv(), System.getProperty("user.home"), System.getProperty("user.name"));
    } catch (IllegalArgumentException badVariable) {
      System.err.println("duoctl: " + badVariable.getMessage());
      System.exit(BAD_ENVIRONMENT);
      return;
    }
    DuoctlCommand command =
        new DuoctlCommand(config, Terminal.system(System.in, System.console()), Duoctl::start);
    System.exit(DuoctlCommand.commandLine(command, args).execute(args));
  }
}
