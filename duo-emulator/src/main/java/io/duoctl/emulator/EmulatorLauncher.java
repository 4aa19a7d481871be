package io.duoctl.emulator;

import io.duoctl.emulator.admin.history.HistoryPlan;
import io.duoctl.emulator.admin.history.LiveRates;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Starts a stand-alone emulator from command-line style options; the {@code duoctl emulator}
 * command parses its flags into {@link Options}, calls {@link #start(Options)} and prints {@link
 * DuoEmulator#describeJson()}.
 */
public final class EmulatorLauncher {

  private EmulatorLauncher() {}

  /**
   * Builds, seeds and starts an emulator.
   *
   * @throws IllegalArgumentException if the fixture is bad (the message names the place in it)
   * @throws java.io.UncheckedIOException if the fixture file cannot be read
   * @throws IllegalStateException if the port cannot be bound
   */
  public static DuoEmulator start(Options options) {
    Fixture fixture = fixture(options);
    DuoEmulatorBuilder builder =
        DuoEmulator.builder()
            .port(options.port())
            .bindAddress(options.bindAddress())
            .seed(options.seed())
            .tls(options.tls())
            .latency(Latency.ofMillis(options.latencyMillis(), options.jitterMillis()))
            .rateLimits(options.rateLimits() ? RateLimits.duoDefaults() : RateLimits.none())
            .rateLimitScope(options.rateLimitScope())
            .liveLogs(options.logs().live());
    if (options.caCertificateFile() != null) {
      builder.caCertificateFile(options.caCertificateFile());
    }
    DuoEmulator duo = builder.build();
    if (fixture != null) {
      // applied once, not as a seeder, so the (possibly large) fixture text is not kept
      fixture.applyTo(duo.world());
    }
    return duo.start();
  }

  private static Fixture fixture(Options options) {
    if (options.tenants() != null) {
      return Fixture.generate(
          options.tenants(),
          options.users() == null ? 0 : options.users(),
          options.seed(),
          options.logs().history(options.seed()));
    }
    if (options.fixture() == null) {
      return null;
    }
    return options.fixture().equals("demo")
        ? Fixture.demo()
        : Fixture.read(Path.of(options.fixture()));
  }

  /**
   * What to start.
   *
   * @param port the port, 0 for any free one
   * @param bindAddress the address to bind
   * @param fixture {@code demo}, a fixture file path, or null
   * @param tenants generate this many child accounts (instead of a fixture), or null
   * @param users users per generated tenant, or null
   * @param seed the seed of generated IDs, keys and data
   * @param latencyMillis fixed latency added to every request
   * @param jitterMillis most random extra latency
   * @param tls whether the port also speaks HTTPS
   * @param caCertificateFile where to write the CA certificate, or null
   * @param rateLimits whether Duo's published rate limits apply
   * @param rateLimitScope what a rate-limit bucket counts (Duo does not say; both are modelled)
   * @param logs generated log history and live log events
   */
  public record Options(
      int port,
      String bindAddress,
      String fixture,
      Integer tenants,
      Integer users,
      long seed,
      long latencyMillis,
      long jitterMillis,
      boolean tls,
      Path caCertificateFile,
      boolean rateLimits,
      RateLimitScope rateLimitScope,
      LogOptions logs) {

    public Options {
      logs = logs == null ? LogOptions.NONE : logs;
      if (logs.days() != null && tenants == null) {
        throw new IllegalArgumentException(
            "--log-days needs --tenants (a fixture file seeds history with its log_history"
                + " section)");
      }
      Objects.requireNonNull(rateLimitScope, "rateLimitScope");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0..65535, not " + port);
      }
      Objects.requireNonNull(bindAddress, "bindAddress");
      if (fixture != null && tenants != null) {
        throw new IllegalArgumentException("choose either --fixture or --tenants, not both");
      }
      if (users != null && tenants == null) {
        throw new IllegalArgumentException("--users needs --tenants");
      }
      if (tenants != null && tenants < 0 || users != null && users < 0) {
        throw new IllegalArgumentException("--tenants and --users must not be negative");
      }
      if (latencyMillis < 0 || jitterMillis < 0) {
        throw new IllegalArgumentException("--latency-ms must not be negative");
      }
    }

    /** Options without generated log history or live log events. */
    public Options(
        int port,
        String bindAddress,
        String fixture,
        Integer tenants,
        Integer users,
        long seed,
        long latencyMillis,
        long jitterMillis,
        boolean tls,
        Path caCertificateFile,
        boolean rateLimits,
        RateLimitScope rateLimitScope) {
      this(
          port,
          bindAddress,
          fixture,
          tenants,
          users,
          seed,
          latencyMillis,
          jitterMillis,
          tls,
          caCertificateFile,
          rateLimits,
          rateLimitScope,
          LogOptions.NONE);
    }

    /** These options with {@code newLogs}. */
    public Options withLogs(LogOptions newLogs) {
      return new Options(
          port,
          bindAddress,
          fixture,
          tenants,
          users,
          seed,
          latencyMillis,
          jitterMillis,
          tls,
          caCertificateFile,
          rateLimits,
          rateLimitScope,
          newLogs);
    }

    /**
     * Port 8443 on 127.0.0.1, no fixture, seed 1, no latency, TLS on, Duo's rate limits per
     * integration key.
     */
    public static Options defaults() {
      return new Options(
          8443,
          "127.0.0.1",
          null,
          null,
          null,
          1,
          0,
          0,
          true,
          null,
          true,
          RateLimitScope.INTEGRATION);
    }
  }

  /**
   * Log history of generated tenants and live log events. A null count was not given: per-day
   * counts default to {@link #DEFAULT_AUTH_PER_DAY} and the others once {@code --log-days} is
   * given.
   *
   * @param days {@code --log-days}: days of history in each generated tenant's four logs, or null
   *     for none
   * @param authPerDay {@code --auth-events-per-day}, or null
   * @param adminPerDay {@code --admin-events-per-day}, or null
   * @param telephonyPerDay {@code --telephony-events-per-day}, or null
   * @param activityPerDay {@code --activity-events-per-day}, or null
   * @param liveAuthPerMinute {@code --live-auth-per-minute}: new authentications per account and
   *     minute while running
   * @param liveOtherPerMinute {@code --live-other-per-minute}: new administrator, telephony and
   *     activity events each, per account and minute
   */
  public record LogOptions(
      Integer days,
      Integer authPerDay,
      Integer adminPerDay,
      Integer telephonyPerDay,
      Integer activityPerDay,
      int liveAuthPerMinute,
      int liveOtherPerMinute) {

    /** Authentications a day when {@code --auth-events-per-day} is not given. */
    public static final int DEFAULT_AUTH_PER_DAY = 100;

    /** No history, no live events. */
    public static final LogOptions NONE = new LogOptions(null, null, null, null, null, 0, 0);

    public LogOptions {
      if (days == null) {
        for (Object[] count :
            new Object[][] {
              {"--auth-events-per-day", authPerDay},
              {"--admin-events-per-day", adminPerDay},
              {"--telephony-events-per-day", telephonyPerDay},
              {"--activity-events-per-day", activityPerDay}
            }) {
          if (count[1] != null) {
            throw new IllegalArgumentException(count[0] + " needs --log-days");
          }
        }
      } else {
        range("--log-days", days, HistoryPlan.MAX_DAYS);
      }
      range("--auth-events-per-day", authPerDay, HistoryPlan.MAX_PER_DAY);
      range("--admin-events-per-day", adminPerDay, HistoryPlan.MAX_PER_DAY);
      range("--telephony-events-per-day", telephonyPerDay, HistoryPlan.MAX_PER_DAY);
      range("--activity-events-per-day", activityPerDay, HistoryPlan.MAX_PER_DAY);
      range("--live-auth-per-minute", liveAuthPerMinute, LiveRates.MAX_PER_MINUTE);
      range("--live-other-per-minute", liveOtherPerMinute, LiveRates.MAX_PER_MINUTE);
    }

    private static void range(String flag, Integer value, int max) {
      if (value != null && (value < 0 || value > max)) {
        throw new IllegalArgumentException(flag + " must be 0.." + max + ", not " + value);
      }
    }

    /** The history each generated tenant gets, or null when {@code --log-days} was not given. */
    public HistoryPlan history(long seed) {
      if (days == null) {
        return null;
      }
      return new HistoryPlan(
          days,
          authPerDay == null ? DEFAULT_AUTH_PER_DAY : authPerDay,
          adminPerDay == null ? HistoryPlan.DEFAULTS.adminPerDay() : adminPerDay,
          telephonyPerDay == null ? HistoryPlan.DEFAULTS.telephonyPerDay() : telephonyPerDay,
          activityPerDay == null ? HistoryPlan.DEFAULTS.activityPerDay() : activityPerDay,
          seed);
    }

    /** The live rates. */
    public LiveRates live() {
      return new LiveRates(
          liveAuthPerMinute, liveOtherPerMinute, liveOtherPerMinute, liveOtherPerMinute);
    }
  }
}
