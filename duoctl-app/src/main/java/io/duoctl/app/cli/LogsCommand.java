package io.duoctl.app.cli;

import picocli.CommandLine.Command;

/** {@code duoctl logs}: what duoctl does with the organizations' Duo logs. */
@Command(
    name = "logs",
    description = "The organizations' Duo logs: rules that act on exported events.",
    subcommands = {LogRulesCommand.class})
final class LogsCommand {
  private LogsCommand() {}
}
