package io.duoctl.app.cli;

import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.EmulatorLauncher;
import io.duoctl.emulator.EmulatorLauncher.LogOptions;
import io.duoctl.emulator.EmulatorLauncher.Options;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code duoctl emulator}: runs the Duo emulator in the foreground until interrupted, after
 * printing one JSON object that describes it (base URL, hostnames, every integration's keys).
 */
@Command(
    name = "emulator",
    description = {
      "Runs a local Duo emulator (Admin, Accounts and Auth APIs) until Ctrl-C.",
      "Prints one JSON object first: base URL, proxy address, CA file, control token, and every"
          + " account and integration with its keys, for scripts and tests to read."
    })
final class EmulatorCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8443",
      description = "Port for HTTP and HTTPS (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  private String bindAddress;

  @Option(
      names = "--fixture",
      paramLabel = "demo|FILE",
      description = "Seed the emulator from the built-in demo fixture or a fixture JSON file.")
  private String fixture;

  @Option(
      names = "--tenants",
      description = "Generate this many child accounts instead of loading a fixture.")
  private Integer tenants;

  @Option(names = "--users", description = "Users per generated tenant (with --tenants).")
  private Integer users;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed for generated IDs, keys and data. Default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(
      names = "--latency-ms",
      defaultValue = "0",
      description = "Latency added to every request, in milliseconds. Default: ${DEFAULT-VALUE}.")
  private long latencyMillis;

  @Option(
      names = "--jitter-ms",
      defaultValue = "0",
      description = "Most random extra latency, in milliseconds. Default: ${DEFAULT-VALUE}.")
  private long jitterMillis;

  @Option(
      names = "--tls",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Also speak HTTPS on the port (certificate from a generated CA). Default: on.")
  private boolean tls;

  @Option(
      names = "--ca-file",
      paramLabel = "FILE",
      description = "Write the emulator's CA certificate (PEM) here, for clients' trust stores.")
  private Path caFile;

  @Option(
      names = "--rate-limits",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Apply Duo's published rate limits (429 / 42901). Default: on.")
  private boolean rateLimits;

  @Option(
      names = "--rate-limit-scope",
      paramLabel = "integration|account",
      defaultValue = "integration",
      description =
          "What a rate-limit bucket counts: each integration key (every child reached with the"
              + " parent's keys shares it) or each account. Duo does not say; both are modelled."
              + " Default: ${DEFAULT-VALUE}.")
  private String rateLimitScope;

  @Option(
      names = "--log-days",
      paramLabel = "DAYS",
      description =
          "Seed each generated tenant's authentication, administrator, telephony and activity"
              + " logs with this many days of history (0..180, with --tenants and --users).")
  private Integer logDays;

  @Option(
      names = "--auth-events-per-day",
      paramLabel = "N",
      description = "Authentications a working day in the history (with --log-days). Default: 100.")
  private Integer authPerDay;

  @Option(
      names = "--admin-events-per-day",
      paramLabel = "N",
      description = "Administrator log entries a day (with --log-days). Default: 5.")
  private Integer adminPerDay;

  @Option(
      names = "--telephony-events-per-day",
      paramLabel = "N",
      description = "SMS and calls a day (with --log-days). Default: 10.")
  private Integer telephonyPerDay;

  @Option(
      names = "--activity-events-per-day",
      paramLabel = "N",
      description = "Activity log entries a day (with --log-days). Default: 20.")
  private Integer activityPerDay;

  @Option(
      names = "--live-auth-per-minute",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "While running, append this many new authentications a minute to each account with"
              + " users. Default: ${DEFAULT-VALUE}.")
  private int liveAuthPerMinute;

  @Option(
      names = "--live-other-per-minute",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "While running, append this many administrator, telephony and activity events (each) a"
              + " minute to each account with users. Default: ${DEFAULT-VALUE}.")
  private int liveOtherPerMinute;

  @Override
  public Integer call() {
    Options options;
    try {
      options =
          new Options(
              port,
              bindAddress,
              fixture,
              tenants,
              users,
              seed,
              latencyMillis,
              jitterMillis,
              tls,
              caFile,
              rateLimits,
              RateLimitScope.parse(rateLimitScope),
              new LogOptions(
                  logDays,
                  authPerDay,
                  adminPerDay,
                  telephonyPerDay,
                  activityPerDay,
                  liveAuthPerMinute,
                  liveOtherPerMinute));
    } catch (IllegalArgumentException badOption) {
      throw new ParameterException(spec.commandLine(), badOption.getMessage());
    }
    boolean interrupted;
    try (Foreground foreground = Foreground.enter("duoctl-emulator-shutdown");
        DuoEmulator emulator = EmulatorLauncher.start(options)) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(emulator.describeJson());
      out.flush();
      spec.commandLine()
          .getErr()
          .println("duoctl: emulator serving " + emulator.baseUrl() + " (Ctrl-C stops it)");
      interrupted = foreground.awaitStop();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
