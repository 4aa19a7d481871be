package io.duoctl.app.cli;

import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code duoctl} command; each noun is a subcommand. Its {@code INHERIT} scope gives
 * every subcommand, at any depth, {@code -h/--help} and {@code -V/--version}.
 */
@Command(
    name = "duoctl",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "Automates Cisco Duo chores for every customer organization of an MSP.")
public final class DuoctlCommand implements Runnable {
  /** The nouns, in the order {@code duoctl --help} lists them ({@code completion} comes last). */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ConfigCommand.class,
          OrgsCommand.class,
          MappingCommand.class,
          ActionsCommand.class,
          RunCommand.class,
          UsersCommand.class,
          PhonesCommand.class,
          BypassCodesCommand.class,
          JobsCommand.class,
          LogsCommand.class,
          ReportsCommand.class,
          BaselineCommand.class,
          WorkflowsCommand.class,
          SchedulesCommand.class,
          ConnectionsCommand.class,
          WebhooksCommand.class,
          AuditCommand.class,
          TokensCommand.class,
          OperatorsCommand.class,
          MasterKeyCommand.class,
          ServeCommand.class,
          McpCommand.class,
          DemoCommand.class,
          EmulatorCommand.class);

  private static final String COMPLETION = "completion";

  @Spec private CommandSpec spec;

  private final AppConfig base;
  private final Terminal terminal;
  private final Function<AppConfig, Duoctl> starter;

  /**
   * @param base the configuration from the environment; {@code --data}/{@code --db} override it
   * @param terminal where secrets are read from
   * @param starter starts the composition root (tests pass their own clock and client factory)
   */
  public DuoctlCommand(AppConfig base, Terminal terminal, Function<AppConfig, Duoctl> starter) {
    this.base = Objects.requireNonNull(base, "base");
    this.terminal = Objects.requireNonNull(terminal, "terminal");
    this.starter = Objects.requireNonNull(starter, "starter");
  }

  /**
   * The command line for {@code duoctl}: every subcommand, shell completion ({@code duoctl
   * completion}), and the one exception handler that maps failures to exit codes.
   */
  public static CommandLine commandLine(DuoctlCommand command) {
    return commandLine(command, SUBCOMMANDS, true);
  }

  /**
   * The command line that runs {@code args}: when they start with a subcommand's name, only that
   * subcommand is built, since building every other one (their options, read from annotations by
   * reflection) is what took a short command longest to start; otherwise, for {@code --help},
   * {@code completion} and a mistyped name's suggestions, the whole of {@link
   * #commandLine(DuoctlCommand)}. Either way {@code args} run exactly as they would on the whole.
   */
  public static CommandLine commandLine(DuoctlCommand command, String... args) {
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (names(subcommand).contains(args[0])) {
          return commandLine(command, List.of(subcommand), false);
        }
      }
    }
    return commandLine(command);
  }

  private static CommandLine commandLine(
      DuoctlCommand command, List<Class<?>> subcommands, boolean withCompletion) {
    CommandLine cli = new CommandLine(command);
    subcommands.forEach(cli::addSubcommand);
    if (withCompletion) {
      CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
      completion.getCommandSpec().name(COMPLETION).usageMessage().hidden(false);
      cli.addSubcommand(COMPLETION, completion);
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    WireNameOptions.register(cli);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    return cli;
  }

  private static List<String> names(Class<?> subcommand) {
    Command annotation = subcommand.getAnnotation(Command.class);
    List<String> names = new ArrayList<>(List.of(annotation.aliases()));
    names.add(annotation.name());
    return names;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: see 'duoctl --help'.");
  }

  Terminal terminal() {
    return terminal;
  }

  /**
   * Starts the composition root on a private embedded database in {@code dataDir}, whatever the
   * environment names (the demo must never touch real data).
   */
  Duoctl openPrivate(Path dataDir) {
    return starter.apply(new AppConfig(dataDir, null, null, null, null, base.actor()));
  }

  /** Starts the composition root for {@code options}. */
  Duoctl open(AppOptions options) {
    AppConfig config = base;
    if (options.dataDir != null) {
      config = config.withDataDir(options.dataDir);
    }
    if (options.databaseUrl != null || options.databaseUser != null) {
      config =
          config.withDatabase(
              options.databaseUrl != null ? options.databaseUrl : config.databaseUrl(),
              options.databaseUser);
    }
    return starter.apply(config);
  }
}
