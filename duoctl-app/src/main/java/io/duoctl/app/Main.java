package io.duoctl.app;

import io.duoctl.app.cli.DuoctlCommand;
import picocli.CommandLine;

/** The executable's entry point: runs the CLI and exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new DuoctlCommand()).execute(args));
  }
}
